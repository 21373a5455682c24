#include "selfcheck/IntegrityScan.h"

#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace custos::ui {
namespace {

QThreadPool& pool()
{
    // One thread: two scans at once would only share the disk. The pool lives until the program
    // ends; waitForAll() has emptied it before QCoreApplication goes (AppController::shutdown).
    static QThreadPool* instance = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(1);
        return p;
    }();
    return *instance;
}

} // namespace

void IntegrityScan::start(const QString& databasePath, const crypto::SecureBytes& masterKey, QObject* receiver,
                          std::function<void(custos::selfcheck::Finding)> done)
{
    QPointer<QObject> guard(receiver);
    pool().start([databasePath, key = masterKey, guard, done = std::move(done)]() mutable {
        custos::selfcheck::Finding finding = custos::selfcheck::SelfCheck::checkIntegrity(databasePath, key);
        key = crypto::SecureBytes(); // wiped now, not when the pool lets go of this task
        // Back on the GUI thread through the application object, which outlives every receiver;
        // the guard is only read there, where receivers are destroyed.
        if (QCoreApplication* app = QCoreApplication::instance())
            QMetaObject::invokeMethod(
                app,
                [guard, done = std::move(done), finding = std::move(finding)]() {
                    if (guard)
                        done(finding);
                },
                Qt::QueuedConnection);
    });
}

void IntegrityScan::waitForAll()
{
    // Also lets the pool's thread end, so none is left when the program exits.
    pool().waitForDone();
}

bool IntegrityScan::busy()
{
    return pool().activeThreadCount() > 0;
}

} // namespace custos::ui
