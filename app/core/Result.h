#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace custos {

// What went wrong, in a form callers can branch on; the message is for people.
enum class Errc {
    Failed,      // anything without a more specific code
    WrongSecret, // wrong password, wrong recovery code, wrong key
    LockedOut,   // too many failed sign-ins
    NotFound,    // unknown user, missing file or row
    Busy,        // the vault is open in another process
    Corrupt,     // a file failed its integrity check
    Io,          // the disk said no: read-only, full, missing permission
    Invalid,     // input that breaks a rule (password policy, malformed field)
    Denied,      // the signed-in employee may not do this
    Cancelled,   // the user cancelled
};

// A user-presentable error. `message` is already translated and never contains a secret.
struct Error
{
    QString message;
    Errc code = Errc::Failed;
};

// Value or Error. Functions that can fail return this instead of throwing (no exceptions
// cross layer boundaries). `[[nodiscard]]` so a failure cannot be ignored by accident.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(const T& value) : m_data(std::in_place_index<0>, value) {}
    Result(T&& value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }

    // Safe to call on success too (an empty Error), so QVERIFY2(r.ok(), r.errorMessage()) works.
    const Error& error() const
    {
        static const Error kNone{};
        const Error* e = std::get_if<1>(&m_data);
        return e ? *e : kNone;
    }
    const QString& errorMessage() const { return error().message; }
    Errc errorCode() const { return error().code; }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    const QString& errorMessage() const { return m_error.message; }
    Errc errorCode() const { return m_error.code; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Result<void> success()
{
    return {};
}

} // namespace custos

// Propagates a failed Result<...> from the current function: `CUSTOS_TRY(tx.commit());`
#define CUSTOS_TRY(expr)                                                                                               \
    do {                                                                                                               \
        auto&& custosTryResult_ = (expr);                                                                              \
        if (!custosTryResult_.ok())                                                                                    \
            return custosTryResult_.error();                                                                           \
    } while (false)
