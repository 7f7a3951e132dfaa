# The Telegram channel: its sources are added to jack-channels here.
target_sources(jack-channels PRIVATE
    telegram/telegramchannel.h telegram/telegramchannel.cpp
)
