#pragma once
#include <stdexcept>
#include <string>

namespace jack::storage {

//! A database operation failed; the message names the statement's purpose and the driver error.
class StorageError : public std::runtime_error {
public:
    explicit StorageError(const std::string &what, bool constraint = false)
        : std::runtime_error(what)
        , m_constraint(constraint)
    {
    }
    //! True when a UNIQUE/FOREIGN KEY/CHECK constraint refused the write.
    [[nodiscard]] bool isConstraint() const { return m_constraint; }

private:
    bool m_constraint;
};

} // namespace jack::storage
