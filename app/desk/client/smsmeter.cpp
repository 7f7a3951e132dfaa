#include "smsmeter.h"

#include "core/smssegments.h"

namespace jack::desk {

SmsMeter::SmsMeter(QObject *parent)
    : QObject(parent)
{
}

void SmsMeter::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    Q_EMIT textChanged();
    // The hub sends the reply trimmed, so it is measured the same way.
    const core::SmsSegments::Measure measure = core::SmsSegments::measure(text.trimmed());
    m_characters = measure.characters;
    m_segments = measure.segments;
    m_encoding = measure.encoding;
    Q_EMIT measured();
}

QString SmsMeter::summary() const
{
    const QString encoding
        = m_encoding == QLatin1String("GSM-7") ? QStringLiteral("GSM-7") : tr("Unicode");
    //: %1 characters, %2 the encoding ("GSM-7" or "Unicode")
    if (m_segments <= 1)
        return tr("%1 characters · 1 segment (%2)").arg(m_characters).arg(encoding);
    //: %1 characters, %2 segments, %3 the encoding ("GSM-7" or "Unicode")
    return tr("%1 characters · %2 segments (%3)").arg(m_characters).arg(m_segments).arg(encoding);
}

} // namespace jack::desk
