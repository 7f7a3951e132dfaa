#pragma once
#include <QSqlDatabase>

namespace jack::runtime {

//! Loads the demo hotel (knowledge, hotel settings, guests and stays, the demo login and a few
//! sample conversations answered by the offline engine) into an empty database.
class DemoSeed {
public:
    //! Idempotent: does nothing once the demo was seeded. Throws on storage errors.
    static void apply(QSqlDatabase &db);
};

} // namespace jack::runtime
