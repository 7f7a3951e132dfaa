#pragma once
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace jack::desk {

//! Measures an SMS reply while the clerk types: characters, segments and encoding, with the
//! hub's own rules (core::SmsSegments), so what the desk says is what the guest is billed for.
class SmsMeter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(int characters READ characters NOTIFY measured)
    Q_PROPERTY(int segments READ segments NOTIFY measured)
    Q_PROPERTY(QString encoding READ encoding NOTIFY measured)
    Q_PROPERTY(QString summary READ summary NOTIFY measured)
    Q_PROPERTY(bool tooLong READ tooLong NOTIFY measured)

public:
    //! More segments than this cost the hotel noticeably and reach guests as a wall of text.
    static constexpr int warnAboveSegments = 3;

    explicit SmsMeter(QObject *parent = nullptr);

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] int characters() const { return m_characters; }
    [[nodiscard]] int segments() const { return m_segments; }
    //! "GSM-7" or "UCS-2", as the hub names it.
    [[nodiscard]] QString encoding() const { return m_encoding; }
    //! "42 characters · 1 segment (GSM-7)" / "… (Unicode)".
    [[nodiscard]] QString summary() const;
    [[nodiscard]] bool tooLong() const { return m_segments > warnAboveSegments; }

Q_SIGNALS:
    void textChanged();
    void measured();

private:
    QString m_text;
    QString m_encoding = QStringLiteral("GSM-7");
    int m_characters = 0;
    int m_segments = 0;
};

} // namespace jack::desk
