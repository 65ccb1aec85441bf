"""Telegram HTML: everything escaped, quotes in blockquotes, messages split where Telegram allows."""

from __future__ import annotations

from bot.answering.answers import Answerer
from bot.answering.rendering import MAX_MESSAGE, plain, render, split, utf16_length
from tests.tg.test_app import assert_telegram_html


def test_answer_renders_quotes_with_source(answerer: Answerer):
    """Each quote sits in an expandable blockquote with its article's title and date."""
    [message] = render(answerer.ask("qui est ouchakov ?"))
    assert message.count("<blockquote expandable>") == 2
    assert "[002] article 002, vers le 7 août 2025" in message
    assert_telegram_html(message)


def test_data_and_user_text_are_escaped(answerer: Answerer):
    """A question echoed in a decline, and data with < > &, cannot inject markup."""
    answer = answerer.compose("x", "fr", [answerer.knowledge.by_id["overchuk"]], lead="<b>A & B</b>")
    [message] = render(answer)
    assert message.startswith("<b>&lt;b&gt;A &amp; B&lt;/b&gt;</b>")
    assert_telegram_html(message)


def test_long_content_is_split_between_units():
    """Units are packed into messages under the limit; none is cut while it fits."""
    units = [("\n\n", f"<b>fact {i}</b> " + "mot " * 200) for i in range(30)]
    messages = split(units)
    assert len(messages) > 1
    for message in messages:
        assert utf16_length(message) <= MAX_MESSAGE
        assert_telegram_html(message)
    assert plain("".join(messages)).count("fact ") == 30


def test_utf16_counting_of_emoji():
    """An emoji outside the BMP counts as two units, as Telegram counts it."""
    assert utf16_length("🙂") == 2 and utf16_length("é") == 1
    messages = split([("", "🙂" * 3000)])
    assert all(utf16_length(m) <= MAX_MESSAGE for m in messages) and len(messages) == 2


def test_oversized_unit_is_cut_without_breaking_entities():
    """A single unit too long for a message is cut between words, and no &amp; is split."""
    messages = split([("", "<i>" + "a & b " * 2000 + "</i>")])
    assert len(messages) > 1
    for message in messages:
        assert_telegram_html(message)
        assert "&amp" not in message.replace("&amp;", "")


def test_plain_text_is_cut_between_lines_and_a_long_line_where_it_overflows():
    """Notices pack lines into as few messages as fit; a line longer than a message is cut at the limit."""
    from bot.delivery.notices import chunks

    lines = ["a" * 6, "b" * 6, "", "c" * 25, "d" * 3]
    assert chunks("\n".join(lines), limit=15) == ["aaaaaa\nbbbbbb\n", "c" * 15, "c" * 10 + "\nddd"]
    assert chunks("🙂" * 10, limit=15) == ["🙂" * 7, "🙂" * 3]  # an emoji counts two units and is never split
