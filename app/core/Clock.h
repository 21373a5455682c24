#pragma once

#include <QDateTime>

namespace custos {

// The time source for everything that expires: password age, lock-outs, idle lock, checks.
// Production code uses SystemClock; tests inject a ManualClock to move time forward.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // The process-wide system clock (stateless, so sharing it is safe).
    static const Clock& system();
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc()) : m_now(start.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

// Times are stored as ISO 8601 UTC with milliseconds: sortable as text.
inline QString toStorageTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
inline QDateTime fromStorageTime(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace custos
