#pragma once

#include "reports/SelfCheck.h"

#include <QPointer>
#include <functional>

namespace custos::crypto {
class SecureBytes;
}

namespace custos::ui {

// The self-check's vault-integrity scan (SelfCheck::checkIntegrity: quick_check over the whole
// file, about 17 s on a 2.3 GB vault) on a worker thread, so the window stays usable meanwhile.
//
// SQLite 3.15 cannot stop a quick_check half way, so a scan always runs to its end: when the page
// that asked has gone (lock, sign-out) the result is dropped. Scans run one at a time, each on a
// connection of its own with its own copy of the key. While one runs, its read transaction keeps
// SQLite from emptying the journal, which a backup's fast copy needs: waitForAll() is called
// before the sign-out backup and before the program ends.
class IntegrityScan
{
public:
    // Starts a scan of `databasePath`; `done` is called later on the GUI thread, and only while
    // `receiver` still exists.
    static void start(const QString& databasePath, const crypto::SecureBytes& masterKey, QObject* receiver,
                      std::function<void(custos::selfcheck::Finding)> done);
    // Blocks until every scan started has finished (their results are still delivered, through
    // the event loop, to receivers that still exist).
    static void waitForAll();
    // Whether a scan is running or queued.
    static bool busy();
};

} // namespace custos::ui
