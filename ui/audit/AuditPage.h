#pragma once

#include "audit/AuditLog.h"

#include <QTimer>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QShowEvent;
class QTableView;

namespace custos {
class Session;
}

namespace custos::ui {

class AuditFilterBar;
class AuditTableModel;

// The audit viewer for owners (every event) and managers (their own and the clerks' events):
// filters that apply as you choose them, a table that reads older events as you scroll, and
// "Verify chain", which checks the hash chain and the signed checkpoints and shows the result
// in a banner naming the first bad event. Opening the page and verifying are audited. A clerk
// gets a polite refusal and nothing is read.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    explicit AuditPage(custos::Session& session, QWidget* parent = nullptr);

    // False for a clerk: the page shows only the refusal.
    bool isAvailable() const { return m_scope.has_value(); }
    AuditTableModel* model() const { return m_model; }

public slots:
    // Reads the first page again with the current filters.
    void refresh();
    // Verifies the whole log (an owner's intact verification also signs a new checkpoint).
    void verifyChain();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildRefusal();
    void buildViewer();
    void opened();
    void reloadFilterLists();
    void showVerification(const custos::AuditLog::Verification& v);
    void showBanner(bool good, const QString& html);
    void showEventFrom(qint64 seq);
    void selectSeq(qint64 seq);
    void updateStatus();

    custos::Session& m_session;
    std::optional<custos::AuditScope> m_scope;
    AuditFilterBar* m_filters = nullptr;
    AuditTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_verify = nullptr;
    QTimer m_debounce;
    std::optional<qint64> m_badSeq;
    std::optional<qint64> m_startSeq; // "Show event N": the list starts at N until the filters change
};

} // namespace custos::ui
