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
};

} // namespace custos::ui
