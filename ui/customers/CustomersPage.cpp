#include "customers/CustomersPage.h"

#include "access/Staff.h"
#include "common/Messages.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerImportWizard.h"
#include "customers/CustomerListModel.h"
#include "customers/EraseCustomerDialog.h"
#include "orders/CustomerRights.h"
#include "session/WaitCursor.h"
#include "setup/FormStyle.h"
#include "vault/Session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

CustomersPage::CustomersPage(custos::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_service(session)
{
    setObjectName(u"customersPage"_s);
    m_model = new CustomerListModel(m_service, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"customerSearch"_s);
    m_search->setPlaceholderText(tr("Search name, phone, postcode or email — Ctrl+F"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_showArchived = new QCheckBox(tr("Show &archived"), this);
    m_showArchived->setObjectName(u"showArchivedCheck"_s);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(u"customerSortCombo"_s);
    m_sort->addItem(tr("Name A–Z"), int(custos::CustomerSort::Name));
    m_sort->addItem(tr("Newest first"), int(custos::CustomerSort::NewestFirst));
    m_sort->addItem(tr("Oldest first"), int(custos::CustomerSort::OldestFirst));
    m_sort->setToolTip(tr("Order of the list"));

    m_table = new QTableView(this);
    m_table->setObjectName(u"customersTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the list for the buttons
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->resizeSection(CustomerListModel::NameColumn, 240);
    header->resizeSection(CustomerListModel::PhoneColumn, 160);
    header->resizeSection(CustomerListModel::PostalCodeColumn, 100);
    header->resizeSection(CustomerListModel::CityColumn, 150);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &CustomersPage::openCurrentCustomer);
    // Selection, not current row: QTableView::selectRow() moves the current row first.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomersPage::updateActions);

    m_emptyHint = makeHint({}, this, u"customerEmptyHint"_s);
    m_emptyHint->setVisible(false);
    m_error = makeInlineError(this, u"customerListError"_s);
    m_count = new QLabel(this);
    m_count->setObjectName(u"customerCountLabel"_s);

    const auto button = [this](const QString& text, const QString& name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setAutoDefault(false);
        return b;
    };
    m_newButton = button(tr("New customer"), u"newCustomerButton"_s, tr("Add a customer (Ctrl+Shift+N)"));
    m_openButton = button(tr("Open"), u"openCustomerButton"_s, tr("See and edit the selected customer (Enter)"));
    m_newOrderButton =
        button(tr("New order"), u"newOrderButton"_s, tr("Take an order for the selected customer (Ctrl+Enter)"));
    m_archiveButton = button(tr("Archive"), u"archiveCustomerButton"_s, {});
    m_importButton = button(tr("Import CSV…"), u"importCsvButton"_s, tr("Add customers from a spreadsheet export"));
    connect(m_newButton, &QPushButton::clicked, this, &CustomersPage::newCustomer);
    connect(m_openButton, &QPushButton::clicked, this, &CustomersPage::openCurrentCustomer);
    connect(m_newOrderButton, &QPushButton::clicked, this, &CustomersPage::requestNewOrder);
    connect(m_archiveButton, &QPushButton::clicked, this, &CustomersPage::toggleArchived);
    connect(m_importButton, &QPushButton::clicked, this, &CustomersPage::importCsv);

    addShortcut(u"findCustomerAction"_s, QKeySequence(Qt::CTRL | Qt::Key_F), &CustomersPage::focusSearch);
    addShortcut(u"newCustomerAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &CustomersPage::newCustomer);
    addShortcut(u"newOrderAction"_s, QKeySequence(Qt::CTRL | Qt::Key_Return), &CustomersPage::requestNewOrder);
    addShortcut(u"newOrderEnterAction"_s, QKeySequence(Qt::CTRL | Qt::Key_Enter), &CustomersPage::requestNewOrder);
    auto* archive = new QAction(tr("Archive or restore"), m_table);
    archive->setObjectName(u"archiveCustomerAction"_s);
    archive->setShortcut(QKeySequence::Delete);
    archive->setShortcutContext(Qt::WidgetShortcut); // in the search field Delete deletes text
    connect(archive, &QAction::triggered, this, &CustomersPage::toggleArchived);
    m_table->addAction(archive);

    // Data rights (GDPR): in the list's context menu and behind the "Data rights" button.
    m_exportDataAction = addShortcut(u"exportPersonalDataAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                     &CustomersPage::exportPersonalData);
    m_exportDataAction->setText(tr("E&xport personal data…"));
    m_eraseAction = addShortcut(u"eraseCustomerAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                                &CustomersPage::eraseCustomer);
    m_eraseAction->setText(tr("E&rase customer…"));
    auto* separator = new QAction(m_table);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(m_exportDataAction);
    m_table->addAction(m_eraseAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_rightsButton = button(tr("Data rights"), u"dataRightsButton"_s,
                            tr("Export or erase the selected customer's personal data (GDPR)"));
    auto* rightsMenu = new QMenu(m_rightsButton);
    rightsMenu->setObjectName(u"dataRightsMenu"_s);
    rightsMenu->setToolTipsVisible(true);
    rightsMenu->addAction(m_exportDataAction);
    rightsMenu->addAction(m_eraseAction);
    m_rightsButton->setMenu(rightsMenu);

    auto* top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_search, 1);
    top->addWidget(m_showArchived);
    top->addWidget(m_sort);
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(8);
    bottom->addWidget(m_count, 1);
    for (QPushButton* b :
         {m_newButton, m_openButton, m_newOrderButton, m_archiveButton, m_rightsButton, m_importButton})
        bottom->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_newButton);
    setTabOrder(m_newButton, m_openButton);
    setTabOrder(m_openButton, m_newOrderButton);
    setTabOrder(m_newOrderButton, m_archiveButton);
    setTabOrder(m_archiveButton, m_rightsButton);
    setTabOrder(m_rightsButton, m_importButton);
    setTabOrder(m_importButton, m_showArchived);
    setTabOrder(m_showArchived, m_sort);
    setFocusProxy(m_search);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CustomersPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_showArchived, &QCheckBox::toggled, this, &CustomersPage::runSearch);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &CustomersPage::runSearch);
    connect(m_model, &CustomerListModel::loaded, this, &CustomersPage::updateCount);
    connect(m_model, &CustomerListModel::modelReset, this, &CustomersPage::updateActions);

    refreshRights();
    runSearch();
}

CustomersPage::~CustomersPage() = default;

QAction* CustomersPage::addShortcut(const QString& name, const QKeySequence& keys, void (CustomersPage::*slot)())
{
    auto* action = new QAction(this);
    action->setObjectName(name);
    action->setShortcut(keys);
    // Window-wide, but only while this page is showing (actions of hidden widgets are inactive).
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

std::optional<qint64> CustomersPage::currentCustomerId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    return m_model->customer(current.row()).id;
}

void CustomersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomersPage::refresh()
{
    m_searchTimer->stop();
    const std::optional<qint64> current = currentCustomerId();
    m_model->reload();
    selectCustomer(current);
}

void CustomersPage::runSearch()
{
    m_searchTimer->stop();
    const std::optional<qint64> current = currentCustomerId();
    // A new list starts at the top; left scrolled down, the view would fetch a second page
    // that nobody looks at.
    m_table->scrollToTop();
    m_model->setQuery(m_search->text(), m_showArchived->isChecked(),
                      static_cast<custos::CustomerSort>(m_sort->currentData().toInt()));
    selectCustomer(current);
}

void CustomersPage::flushSearch()
{
    if (m_searchTimer->isActive())
        runSearch();
}

void CustomersPage::selectCustomer(std::optional<qint64> customerId)
{
    const int row = customerId ? m_model->rowOf(*customerId) : -1;
    if (row < 0) {
        m_table->selectionModel()->clearSelection();
        m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    } else {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    updateActions();
}

void CustomersPage::updateActions()
{
    const std::optional<qint64> id = currentCustomerId();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool archived = id && m_model->customer(current.row()).archived;
    m_openButton->setEnabled(id.has_value());
    // Archived customers cannot get new orders: restore them first.
    m_newOrderButton->setEnabled(id && !archived);
    m_archiveButton->setEnabled(id.has_value());
    m_archiveButton->setText(archived ? tr("Restore") : tr("Archive"));
    m_archiveButton->setToolTip(archived ? tr("Bring the customer back to the list (Delete)")
                                         : tr("Hide the customer from the list; nothing is deleted (Delete)"));

    m_exportDataAction->setVisible(m_exportOffered);
    m_eraseAction->setVisible(m_eraseOffered);
    m_rightsButton->setVisible(m_exportOffered || m_eraseOffered);
    m_exportDataAction->setEnabled(id && m_exportRefusal.isEmpty());
    m_eraseAction->setEnabled(id && m_eraseRefusal.isEmpty());
    const QString noSelection = tr("Select a customer first.");
    m_exportDataAction->setToolTip(!m_exportRefusal.isEmpty() ? m_exportRefusal
                                   : id ? tr("Save everything held about the customer as JSON and PDF (Ctrl+Shift+E)")
                                        : noSelection);
    m_eraseAction->setToolTip(!m_eraseRefusal.isEmpty() ? m_eraseRefusal
                              : id ? tr("Erase the customer's personal data; orders stay for the accounts "
                                        "(Ctrl+Shift+Delete)")
                                   : noSelection);
    m_rightsButton->setEnabled(id.has_value());
}

void CustomersPage::refreshRights()
{
    using custos::access::Permission;
    auto actor = custos::access::loadActor(m_session);
    const auto check = [&actor](Permission permission, bool& offered, QString& refusal) {
        offered = actor && custos::access::roleHas(actor->role, permission);
        if (!actor) {
            refusal = actor.errorMessage();
            return;
        }
        const custos::access::Decision d = custos::access::decide(actor.value(), permission);
        refusal = d ? QString() : d.reason;
    };
    check(Permission::ExportCustomerData, m_exportOffered, m_exportRefusal);
    check(Permission::EraseCustomerData, m_eraseOffered, m_eraseRefusal);
}

void CustomersPage::updateCount()
{
    const int total = m_model->totalCount();
    if (total < 0)
        m_count->setText(tr("%1+ customers — scroll for more, or type more to narrow").arg(m_model->loadedCount()));
    else
        m_count->setText(total == 1 ? tr("1 customer") : tr("%1 customers").arg(total));
    showInlineError(m_error, m_model->errorMessage());
    const bool empty = total == 0 && m_model->errorMessage().isEmpty();
    if (empty) {
        const QString text = m_model->queryText();
        if (text.isEmpty())
            m_emptyHint->setText(
                tr("No customers yet. Press Ctrl+Shift+N to add the first one, or import a CSV file."));
        else if (text.size() < 3) // one or two letters alone match whole words only (see CustomerRepository)
            m_emptyHint->setText(tr("No customer is called “%1”. Type a third letter to find names that start "
                                    "with it.")
                                     .arg(text));
        else
            m_emptyHint->setText(tr("No customer matches “%1”. Press Ctrl+Shift+N to add them.").arg(text));
    }
    m_emptyHint->setVisible(empty);
}

void CustomersPage::newCustomer()
{
    openDialog(std::nullopt);
}

void CustomersPage::openCurrentCustomer()
{
    if (const std::optional<qint64> id = currentCustomerId())
        openDialog(id);
}

void CustomersPage::openDialog(std::optional<qint64> customerId)
{
    auto* dialog = new CustomerDialog(m_service, customerId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDialog::customerSaved, this, [this](qint64 id) {
        m_model->reload();
        selectCustomer(id);
    });
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(); });
    dialog->open();
}

void CustomersPage::requestNewOrder()
{
    const std::optional<qint64> id = currentCustomerId();
    if (!id || m_model->customer(m_table->currentIndex().row()).archived)
        return;
    emit newOrderRequested(*id);
}

void CustomersPage::toggleArchived()
{
    const std::optional<qint64> id = currentCustomerId();
    if (!id)
        return;
    const custos::Customer& c = m_model->customer(m_table->currentIndex().row());
    const bool archive = !c.archived;
    const bool confirmed =
        archive ? Messages::confirm(this, tr("Archive customer"),
                                    tr("Archive %1? They leave the customer list and cannot get new orders. "
                                       "Nothing is deleted: tick “Show archived” to find and restore them.")
                                        .arg(c.name),
                                    tr("Archive"))
                : Messages::confirm(this, tr("Restore customer"), tr("Restore %1 to the customer list?").arg(c.name),
                                    tr("Restore"));
    if (!confirmed)
        return;
    const int row = m_table->currentIndex().row();
    auto result = m_service.setArchived(*id, archive);
    if (!result) {
        Messages::warning(this, tr("Customer not changed"), result.errorMessage());
        return;
    }
    m_model->reload();
    // Still listed (archived shown): keep it selected; else the row that took its place.
    if (m_model->rowOf(*id) >= 0)
        selectCustomer(id);
    else if (m_model->rowCount() > 0)
        selectCustomer(m_model->customer(std::min(row, m_model->rowCount() - 1)).id);
    else
        selectCustomer(std::nullopt);
}

void CustomersPage::importCsv()
{
    auto* wizard = new CustomerImportWizard(m_service, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::finished, this, [this] {
        m_model->reload();
        updateActions();
    });
    wizard->open();
}

void CustomersPage::exportPersonalData()
{
    const std::optional<qint64> id = currentCustomerId();
    if (!id || !m_exportDataAction->isEnabled())
        return;
    QString pdf = std::exchange(m_nextExportPath, QString());
    if (pdf.isEmpty()) {
        const QString suggested =
            QDir::home().filePath(tr("customer-%1-personal-data-%2.pdf")
                                      .arg(*id)
                                      .arg(m_session.clock().nowUtc().toLocalTime().date().toString(Qt::ISODate)));
        pdf = QFileDialog::getSaveFileName(this, tr("Export personal data — the JSON file is saved beside the PDF"),
                                           suggested, tr("PDF documents (*.pdf)"));
        if (pdf.isEmpty())
            return;
    }
    if (!pdf.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        pdf += u".pdf"_s;
    const QString json = pdf.left(pdf.size() - 4) + u".json"_s;
    Result<custos::CustomerRights::ExportResult> exported = Error{};
    {
        WaitCursor wait;
        exported = custos::CustomerRights(m_session).exportData(*id, json, pdf);
    }
    if (!exported) {
        Messages::warning(this, tr("Personal data not exported"), exported.errorMessage());
        return;
    }
    const QString files = QDir::toNativeSeparators(pdf) + u"\n"_s + QDir::toNativeSeparators(json);
    Messages::information(
        this, tr("Personal data exported"),
        exported->isSigned
            ? tr("Saved, with signatures (.sig) made with the business key %1:\n%2").arg(exported->fingerprint, files)
            : tr("Saved (not signed: the signing key is held by the owners):\n%1").arg(files));
    m_table->setFocus();
}

void CustomersPage::eraseCustomer()
{
    const std::optional<qint64> id = currentCustomerId();
    if (!id || !m_eraseAction->isEnabled())
        return;
    auto* dialog = new EraseCustomerDialog(m_session, *id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EraseCustomerDialog::customerErased, this, [this, dialog](qint64) {
        m_model->reload();
        if (m_model->rowCount() > 0)
            selectCustomer(m_model->customer(0).id);
        else
            selectCustomer(std::nullopt);
        const auto& result = dialog->result();
        if (result)
            Messages::information(
                this, tr("Customer erased"),
                tr("The personal data was erased; the customer's orders (%1) stay for the accounts as “%2”. Give "
                   "the customer the certificate:\n%3")
                    .arg(result->ordersKept)
                    .arg(result->tombstone, QDir::toNativeSeparators(result->certificatePath)));
    });
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(); });
    dialog->open();
}

void CustomersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshRights();
    updateActions();
    // Coming back to the page: customers may have been added from an order meanwhile.
    if (m_shownOnce)
        refresh();
    m_shownOnce = true;
}

bool CustomersPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    if (watched == m_search && plain) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            flushSearch();
            if (m_model->rowCount() > 0) {
                m_table->setFocus(Qt::OtherFocusReason);
                if (!currentCustomerId())
                    m_table->selectRow(0);
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // One match: open it straight away; several: go and pick one.
            flushSearch();
            if (m_model->totalCount() == 1) {
                m_table->selectRow(0);
                openCurrentCustomer();
            } else if (m_model->rowCount() > 0) {
                m_table->setFocus(Qt::OtherFocusReason);
                m_table->selectRow(0);
            }
            return true;
        case Qt::Key_Escape:
            if (m_search->text().isEmpty())
                return false;
            m_search->clear();
            runSearch();
            return true;
        }
    } else if (watched == m_table && plain) {
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrentCustomer();
            return true;
        case Qt::Key_Escape:
            m_search->clear();
            runSearch();
            focusSearch();
            return true;
        case Qt::Key_Up:
            if (m_table->currentIndex().row() <= 0) {
                focusSearch();
                return true;
            }
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace custos::ui
