// The AI pipeline's own cost per guest message on the offline path: its stages as the pipeline
// runs them (language, guest context, intent with entity extraction and the composed reply,
// knowledge search with FTS5 on the demo hotel, guardrails, outbound language) — everything
// between reading a message and handing its write job to the storage thread, with no provider
// involved. Reports p50/p95/p99 over the labelled guest messages (repeated) and exits
// non-zero when p99 misses the target in docs/PERFORMANCE.md.
#include "../../ai/demohotel.h"
#include "ai/offlineengine.h"
#include "ai/pipeline/answerers.h"
#include "ai/pipeline/pipelinestages.h"
#include "ai/pipeline/turn.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace {

QStringList labelledMessages()
{
    QFile file(QStringLiteral(JACK_LABELLED_INTENTS));
    QStringList out;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() >= 3)
            out.append(parts.at(2));
    }
    return out;
}

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())));
    return sorted[i];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Offline AI pipeline overhead benchmark"));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
        QStringLiteral("How many times every labelled message is answered (default 20)."),
        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption targetOption(QStringLiteral("target-p99-ms"),
        QStringLiteral("Fail when p99 is above this (default 5)."), QStringLiteral("ms"),
        QStringLiteral("5"));
    parser.addOptions({ roundsOption, targetOption });
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const double target = parser.value(targetOption).toDouble();

    const QStringList messages = labelledMessages();
    if (messages.isEmpty()) {
        std::fprintf(stderr, "no labelled messages found at %s\n", JACK_LABELLED_INTENTS);
        return 2;
    }
    QTemporaryDir dir;
    QSqlDatabase db;
    const int entries = jack::test::openDemoDatabase(dir, QStringLiteral("bench"), db);
    const jack::ai::HotelInfo hotel = jack::test::demoHotelInfo();
    const jack::ai::OfflineEngine engine;

    const jack::ai::PipelineStages stages(engine);
    // What the pipeline does for one message, minus reading it and committing the result.
    auto process = [&](const QString &text) {
        jack::ai::Turn turn;
        turn.messageId = QStringLiteral("bench");
        turn.text = text;
        turn.hotel = hotel;
        turn.conversation.id = QStringLiteral("bench-conversation");
        turn.conversation.guestId = QStringLiteral("bench-guest");
        turn.conversation.channel = QStringLiteral("whatsapp");
        stages.understand(turn, db);
        turn.answer = jack::ai::offlineAnswerOf(turn);
        stages.check(turn, db);
        return turn.answer.reply;
    };

    // One untimed pass warms the prepared statements and the page cache, as a running hub is.
    int answered = 0;
    for (const QString &text : messages)
        answered += process(text).isEmpty() ? 0 : 1;

    std::vector<double> ms;
    ms.reserve(size_t(messages.size()) * size_t(rounds));
    QElapsedTimer timer;
    for (int r = 0; r < rounds; ++r) {
        for (const QString &text : messages) {
            timer.start();
            const QString reply = process(text);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            Q_UNUSED(reply);
        }
    }
    std::sort(ms.begin(), ms.end());
    const double p99 = percentile(ms, 99);
    std::printf("offline pipeline overhead: %zu answers (%lld messages × %d rounds, %d knowledge "
                "entries, %d with a reply)\n",
        ms.size(), qlonglong(messages.size()), rounds, entries, answered);
    std::printf("  p50 %.3f ms  p95 %.3f ms  p99 %.3f ms  max %.3f ms\n", percentile(ms, 50),
        percentile(ms, 95), p99, ms.back());
    std::printf("  target p99 < %.1f ms: %s\n", target, p99 < target ? "met" : "MISSED");
    db = QSqlDatabase();
    jack::storage::Database::close(QStringLiteral("bench"));
    return p99 < target ? 0 : 1;
}
