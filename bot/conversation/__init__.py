"""Conversation: what a reader can say to the bot, independent of Telegram.

Holds the commands, the buttons' callback data, the flood gate and the offline chat loop that the CLI and the
Telegram handlers share. May import bot.answering, bot.delivery, bot.knowledge and the base modules; never telegram.
"""
