"""Telegram: the only package that imports python-telegram-bot.

Holds the Application, its thin handlers, subscriptions by chat, the HTTP transport, the update guard and the
webhook server. May import everything in bot except the CLI.
"""
