#pragma once

#include "reports/SelfCheck.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace custos {
class Session;
}

namespace custos::ui {

// The security self-check dashboard (owners): a headline ("2 problems, 1 warning — last run
// 14:05"), the findings with severity as icon, colour AND word, the selected finding's detail
// and what to do, a "Go to…" button to the page that fixes it, Run again (F5) and Export signed
// report… (Ctrl+E). Runs once by itself shortly after it is built (at each owner's sign-in).
class SelfCheckPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kFirstRunDelayMs = 400;

    explicit SelfCheckPage(custos::Session& session, QWidget* parent = nullptr);
    void focusList();
    // Runs every check and shows the findings: the vault-integrity scan on a worker thread
    // (IntegrityScan), then the rest here. Returns at once; checked() says when it is done.
    void runCheck();
    // Whether a run has started and not finished.
    bool isRunning() const { return m_running; }
    // The run at sign-in: waits while a dialog is open (a key rotation may hold the vault, or a
    // progress dialog may be turning the event loop inside an open transaction), then runCheck().
    void runWhenNoDialogIsOpen();
    // Saves the last run as a signed PDF (asks where, unless a test set the path).
    void exportReport();

    // The last run, if any.
    const std::optional<custos::selfcheck::Report>& report() const { return m_report; }
    // Test hook: the next export saves here without asking.
    void setNextSavePathForTest(const QString& path) { m_nextSavePath = path; }

signals:
    // After each run: how many findings need action and how many are warnings.
    void checked(int problems, int warnings);

private:
    void finishCheck(custos::selfcheck::Finding integrity);
    void showReport();
    void showCurrentFinding();
    void goToFix();
    const custos::selfcheck::Finding* currentFinding() const;

    custos::Session& m_session;
    std::optional<custos::selfcheck::Report> m_report;
    QString m_nextSavePath;
    bool m_running = false;

    QLabel* m_headline = nullptr;
    QLabel* m_error = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_goTo = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace custos::ui
