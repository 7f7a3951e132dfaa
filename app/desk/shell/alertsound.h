#pragma once
#include <QObject>

class QSoundEffect;

namespace jack::desk {

class Preferences;

//! The desk's alert sounds (QtMultimedia): a chime for a guest who needs a person, a siren
//! that repeats while an emergency is not acknowledged. Volume and on/off come from the
//! clerk's Preferences; changing the volume plays the chime once as a sample.
class AlertSound : public QObject {
    Q_OBJECT

public:
    AlertSound(Preferences *preferences, QObject *parent = nullptr);

    void chime();
    //! Starts or stops the repeating siren.
    void setSiren(bool on);
    [[nodiscard]] bool sirenOn() const { return m_sirenOn; }

private:
    void applyPreferences();

    Preferences *m_preferences;
    QSoundEffect *m_chime;
    QSoundEffect *m_siren;
    bool m_sirenOn = false;
    qreal m_volume = -1;
};

} // namespace jack::desk
