# The Telegram channel: its sources are added to jack-channels here.
target_sources(jack-channels PRIVATE
    telegram/telegrambotapi.h telegram/telegrambotapi.cpp
    telegram/telegramchannel.h telegram/telegramchannel.cpp
    telegram/telegramconfig.h telegram/telegramconfig.cpp
    telegram/telegrampoller.h telegram/telegrampoller.cpp
    telegram/telegramupdate.h telegram/telegramupdate.cpp
    telegram/telegramwebhooksetup.h telegram/telegramwebhooksetup.cpp
)
