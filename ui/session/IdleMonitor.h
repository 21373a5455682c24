#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace custos {
class Clock;
}

namespace custos::ui {

// Watches the whole application for keyboard and mouse activity and emits idleTimeout()
// once the signed-in employee has been idle for the policy's idle-lock time (PCI DSS
// 8.2.8: re-authenticate after at most 15 minutes idle). Time comes from the injected
// clock, so tests move it forward instead of waiting.
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    explicit IdleMonitor(const custos::Clock& clock, QObject* parent = nullptr);
    ~IdleMonitor() override;

    // Starts watching with a fresh activity mark.
    void start(int idleLockMinutes);
    void stop();
    bool isRunning() const { return m_running; }
    void setIdleLockMinutes(int minutes);
    int idleLockMinutes() const { return m_idleLockMinutes; }

    void noteActivity();
    qint64 idleSeconds() const;

    // Emits idleTimeout() when the idle limit is reached (once per idle period). Called every
    // second by a timer; public so tests can call it after moving a manual clock.
    void checkNow();

signals:
    void idleTimeout();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const custos::Clock& m_clock;
    QTimer* m_timer = nullptr;
    QDateTime m_lastActivity;
    int m_idleLockMinutes = 15;
    bool m_running = false;
    bool m_fired = false;
};

} // namespace custos::ui
