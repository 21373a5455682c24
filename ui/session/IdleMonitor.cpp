#include "session/IdleMonitor.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <algorithm>

namespace custos::ui {

IdleMonitor::IdleMonitor(const custos::Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &IdleMonitor::checkNow);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_lastActivity = m_clock.nowUtc();
}

IdleMonitor::~IdleMonitor()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleMonitor::start(int idleLockMinutes)
{
    setIdleLockMinutes(idleLockMinutes);
    m_running = true;
    m_fired = false;
    m_lastActivity = m_clock.nowUtc();
    m_timer->start();
}

void IdleMonitor::stop()
{
    m_running = false;
    m_timer->stop();
}

void IdleMonitor::setIdleLockMinutes(int minutes)
{
    // The same bounds as SecurityPolicy::clamped(): never longer than the standard allows.
    m_idleLockMinutes = std::clamp(minutes, 1, 15);
}

void IdleMonitor::noteActivity()
{
    m_lastActivity = m_clock.nowUtc();
    m_fired = false;
}

qint64 IdleMonitor::idleSeconds() const
{
    return std::max<qint64>(0, m_lastActivity.secsTo(m_clock.nowUtc()));
}

void IdleMonitor::checkNow()
{
    if (!m_running || m_fired)
        return;
    if (idleSeconds() >= qint64(m_idleLockMinutes) * 60) {
        m_fired = true;
        emit idleTimeout();
    }
}

bool IdleMonitor::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_running)
            noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace custos::ui
