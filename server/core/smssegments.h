#pragma once
#include <QString>

namespace jack::core {

//! How many SMS segments a text takes (GSM-7 or UCS-2), and how to shorten it to a budget.
class SmsSegments {
public:
    struct Measure {
        QString encoding; // "GSM-7" or "UCS-2"
        int characters = 0; // GSM-7: septets (extension characters count 2); UCS-2: UTF-16 units
        int segments = 0; // 0 for an empty text
        int remainingInSegment = 0; // what still fits in the last segment
    };

    static constexpr int kGsmSingle = 160;
    static constexpr int kGsmConcatenated = 153;
    static constexpr int kUcs2Single = 70;
    static constexpr int kUcs2Concatenated = 67;

    [[nodiscard]] static Measure measure(const QString &text);
    //! True when the character is in the GSM 03.38 basic set or its extension table.
    [[nodiscard]] static bool isGsm(QChar c);
    //! The text itself when it fits in `maxSegments` (or maxSegments <= 0: no limit); else cut
    //! after the last whole sentence that fits, or at a word boundary with an ellipsis added.
    [[nodiscard]] static QString fitToBudget(const QString &text, int maxSegments);
};

} // namespace jack::core
