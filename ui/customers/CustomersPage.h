#pragma once

#include "orders/CustomerService.h"

#include <QWidget>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace custos {
class Session;
}

namespace custos::ui {

class CustomerListModel;

// Find a customer while they are on the line: type any part of the name, phone, postcode or
// email and the list follows (Down to the list, Enter to open, Esc to start over). New,
// edit, archive, "new order for this customer" and CSV import all start here.
//
// Shortcuts (window-wide while the page is visible): Ctrl+F search, Ctrl+Shift+N new
// customer, Ctrl+Return new order for the selected customer; Delete in the list archives.
// Data rights (GDPR) on the selected customer, in the list's context menu and the "Data rights"
// button's menu: Ctrl+Shift+E exports the personal data (JSON + PDF), Ctrl+Shift+Delete erases.
// They are hidden for roles without the permission and disabled, with the reason as tooltip,
// when screening or a grant is missing.
class CustomersPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 120;

    CustomersPage(custos::Session& session, QWidget* parent = nullptr);
    ~CustomersPage() override;

    CustomerListModel* model() const { return m_model; }
    custos::CustomerService& customerService() { return m_service; }
    // The customer of the current row, if any.
    std::optional<qint64> currentCustomerId() const;

public slots:
    void focusSearch();
    // Runs the current search again (after customers changed elsewhere), keeping the selection.
    void refresh();
    void newCustomer();
    void openCurrentCustomer();
    void requestNewOrder();
    void toggleArchived();
    void importCsv();
    // GDPR Art. 15/20: asks for the PDF's name; the JSON file is saved beside it (same name, .json).
    void exportPersonalData();
    // GDPR Art. 17: the erase dialog (confirmation, reason, certificate path).
    void eraseCustomer();

public:
    // Test hook: the next export saves the PDF here (and the JSON beside it) without asking.
    void setNextExportPathForTest(const QString& pdfPath) { m_nextExportPath = pdfPath; }
    QAction* exportDataAction() const { return m_exportDataAction; }
    QAction* eraseAction() const { return m_eraseAction; }

signals:
    void newOrderRequested(qint64 customerId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QAction* addShortcut(const QString& name, const QKeySequence& keys, void (CustomersPage::*slot)());
    void runSearch();
    void flushSearch();
    void selectCustomer(std::optional<qint64> customerId);
    void openDialog(std::optional<qint64> customerId);
    void updateActions();
    void updateCount();
    // Reads what the signed-in employee may do with customer data (role, screening, grant).
    void refreshRights();

    custos::Session& m_session;
    custos::CustomerService m_service;
    CustomerListModel* m_model = nullptr;
    QTimer* m_searchTimer = nullptr;
    bool m_shownOnce = false;

    QLineEdit* m_search = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QComboBox* m_sort = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_emptyHint = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_newOrderButton = nullptr;
    QPushButton* m_archiveButton = nullptr;
    QPushButton* m_importButton = nullptr;

    QPushButton* m_rightsButton = nullptr;
    QAction* m_exportDataAction = nullptr;
    QAction* m_eraseAction = nullptr;
    // Why each data-rights action is refused (empty: allowed); hidden when the role lacks it.
    QString m_exportRefusal;
    QString m_eraseRefusal;
    bool m_exportOffered = false;
    bool m_eraseOffered = false;
    QString m_nextExportPath;
};

} // namespace custos::ui
