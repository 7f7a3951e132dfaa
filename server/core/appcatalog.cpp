#include "core/appcatalog.h"

namespace jack::core {

namespace {
AppField text(const char *key, const char *label, bool required = false, const char *def = "",
    const char *help = "")
{
    return { QString::fromLatin1(key), QStringLiteral("string"), false, required,
        QString::fromUtf8(label), QString::fromUtf8(def), {}, QString::fromUtf8(help) };
}
AppField secret(const char *key, const char *label, bool required = true, const char *help = "")
{
    return { QString::fromLatin1(key), QStringLiteral("string"), true, required,
        QString::fromUtf8(label), {}, {}, QString::fromUtf8(help) };
}
AppField url(const char *key, const char *label, const char *def, const char *help = "")
{
    return { QString::fromLatin1(key), QStringLiteral("url"), false, false,
        QString::fromUtf8(label), QString::fromUtf8(def), {}, QString::fromUtf8(help) };
}
AppField integer(const char *key, const char *label, const char *def, const char *help = "")
{
    return { QString::fromLatin1(key), QStringLiteral("integer"), false, false,
        QString::fromUtf8(label), QString::fromUtf8(def), {}, QString::fromUtf8(help) };
}
AppField choice(
    const char *key, const char *label, QStringList options, const char *def, const char *help = "")
{
    return { QString::fromLatin1(key), QStringLiteral("select"), false, false,
        QString::fromUtf8(label), QString::fromUtf8(def), std::move(options),
        QString::fromUtf8(help) };
}
AppField multiline(const char *key, const char *label, const char *def = "", const char *help = "")
{
    return { QString::fromLatin1(key), QStringLiteral("text"), false, false,
        QString::fromUtf8(label), QString::fromUtf8(def), {}, QString::fromUtf8(help) };
}
} // namespace

const AppField *AppInfo::field(const QString &key) const
{
    for (const AppField &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

const QList<AppInfo> &AppCatalog::all()
{
    static const QList<AppInfo> apps = {
        { QStringLiteral("whatsapp"), QStringLiteral("channel"),
            QStringLiteral("WhatsApp Business (Cloud API)"),
            { secret("accessToken", "Access token"), text("phoneNumberId", "Phone number ID", true),
                secret("verifyToken", "Webhook verify token"), secret("appSecret", "App secret"),
                url("apiBaseUrl", "Graph API base URL", "https://graph.facebook.com/v21.0"),
                multiline("templates", "Approved message templates", "",
                    "One per line: name|language|number of variables|body text (optional, "
                    "with {{1}}…), e.g. room_ready|en|1|Your room {{1}} is ready") } },
        { QStringLiteral("twilio-sms"), QStringLiteral("channel"), QStringLiteral("SMS (Twilio)"),
            { text("accountSid", "Account SID", true), secret("authToken", "Auth token"),
                text("phoneNumber", "Sending phone number (E.164)", false, "",
                    "Or a messaging service SID below"),
                text("messagingServiceSid", "Messaging service SID"),
                url("apiBaseUrl", "Twilio API base URL", "https://api.twilio.com"),
                integer("segmentBudget", "Most segments for one automatic reply", "3"),
                integer("segmentsPerSecond", "Segments per second per sender", "1") } },
        { QStringLiteral("email"), QStringLiteral("channel"), QStringLiteral("E-mail"),
            { text("fromAddress", "Hotel's address", true), text("fromName", "Sender name"),
                text("smtpHost", "SMTP server", true), integer("smtpPort", "SMTP port", "587"),
                choice("smtpSecurity", "SMTP security",
                    { QStringLiteral("starttls"), QStringLiteral("tls"), QStringLiteral("none") },
                    "starttls"),
                text("smtpUsername", "SMTP user name"),
                secret("smtpPassword", "SMTP password", false),
                text("imapHost", "IMAP server", true), integer("imapPort", "IMAP port", "993"),
                choice("imapSecurity", "IMAP security",
                    { QStringLiteral("tls"), QStringLiteral("starttls"), QStringLiteral("none") },
                    "tls"),
                text("imapUsername", "IMAP user name"),
                secret("imapPassword", "IMAP password", false),
                text("imapMailbox", "Mailbox", false, "INBOX"),
                choice("tlsVerify", "Check the server's certificate",
                    { QStringLiteral("yes"), QStringLiteral("no") }, "yes"),
                integer("fallbackMinutes", "Re-send undelivered replies by e-mail after (minutes)",
                    "0", "0 turns the fallback off") } },
        { QStringLiteral("webchat"), QStringLiteral("channel"), QStringLiteral("Web chat"),
            { text("title", "Title shown on the chat window", false, "",
                  "The hotel's name when empty"),
                text("greeting", "Greeting"), text("primaryColor", "Main colour", false, "#1f5f8b"),
                multiline("allowedOrigins", "Web sites allowed to embed the chat", "",
                    "One origin per line, e.g. https://www.example-hotel.com"),
                integer("maxMessageLength", "Longest guest message (characters)", "2000"),
                integer("messagesPerMinute", "Messages per minute per guest", "20") } },
        { QStringLiteral("telegram"), QStringLiteral("channel"), QStringLiteral("Telegram"),
            { secret("botToken", "Bot token"),
                choice("mode", "How messages arrive",
                    { QStringLiteral("polling"), QStringLiteral("webhook") }, "polling",
                    "Polling needs no public address"),
                secret("webhookSecret", "Webhook secret token", false),
                url("apiBaseUrl", "Bot API base URL", "https://api.telegram.org") } },
        { QStringLiteral("offline"), QStringLiteral("ai"),
            QStringLiteral("Jack's built-in offline engine"), {}, true },
        { QStringLiteral("anthropic"), QStringLiteral("ai"), QStringLiteral("Anthropic (Claude)"),
            { secret("apiKey", "API key"), text("model", "Model", false, "claude-sonnet-4-5"),
                text("utilityModel", "Model for small tasks", false, "claude-haiku-4-5",
                    "Used for classification and summaries"),
                url("baseUrl", "API base URL", "https://api.anthropic.com"),
                integer("maxTokens", "Longest answer (tokens)", "1024"),
                integer("timeoutMs", "Time limit per request (ms)", "30000"),
                text("inputCostPerMTok", "Price per million input tokens (USD)", false, "3",
                    "For cost estimates only"),
                text("outputCostPerMTok", "Price per million output tokens (USD)", false, "15",
                    "For cost estimates only") } },
        { QStringLiteral("openai"), QStringLiteral("ai"),
            QStringLiteral("OpenAI or a compatible server"),
            { secret("apiKey", "API key", false, "Leave empty for a local server without a key"),
                text("model", "Model", false, "gpt-4o-mini"),
                text("utilityModel", "Model for small tasks", false, "gpt-4o-mini"),
                text("embeddingModel", "Embedding model", false, "text-embedding-3-small"),
                url("baseUrl", "API base URL", "https://api.openai.com/v1",
                    "vLLM, llama.cpp server and LM Studio work too, e.g. http://localhost:8000/v1"),
                integer("maxTokens", "Longest answer (tokens)", "1024"),
                integer("timeoutMs", "Time limit per request (ms)", "30000"),
                text("inputCostPerMTok", "Price per million input tokens (USD)", false, "0.15",
                    "For cost estimates only; 0 for a local server"),
                text("outputCostPerMTok", "Price per million output tokens (USD)", false, "0.6",
                    "For cost estimates only; 0 for a local server") } },
        { QStringLiteral("ollama"), QStringLiteral("ai"), QStringLiteral("Ollama (local models)"),
            { text("model", "Model", false, "llama3.1:8b"),
                text("utilityModel", "Model for small tasks", false, "llama3.2:3b"),
                text("embeddingModel", "Embedding model", false, "nomic-embed-text"),
                url("baseUrl", "Ollama address", "http://localhost:11434"),
                integer("maxTokens", "Longest answer (tokens)", "1024"),
                // A local model on a CPU can take a minute for a long answer.
                integer("timeoutMs", "Time limit per request (ms)", "120000") } },
    };
    return apps;
}

const AppInfo *AppCatalog::find(const QString &id)
{
    for (const AppInfo &app : all()) {
        if (app.id == id)
            return &app;
    }
    return nullptr;
}

} // namespace jack::core
