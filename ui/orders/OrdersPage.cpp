#include "orders/OrdersPage.h"

#include "orders/OrderDetailDialog.h"
#include "orders/OrderExport.h"
#include "orders/OrderListModel.h"
#include "session/ClipboardGuard.h"
#include "vault/Session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

OrdersPage::OrdersPage(custos::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_orders(session)
{
    setObjectName(u"ordersPage"_s);

    auto* heading = new QLabel(tr("Orders"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    heading->setFont(big);
    m_count = new QLabel(this);
    m_count->setObjectName(u"ordersCountLabel"_s);
    auto* newOrder = new QPushButton(tr("New order…"), this);
    newOrder->setObjectName(u"newOrderButton"_s);
    newOrder->setToolTip(tr("Ctrl+N"));
    connect(newOrder, &QPushButton::clicked, this, &OrdersPage::newOrderRequested);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(u"exportOrdersButton"_s);
    m_export->setToolTip(cardMaskFor(session) == access::CardMask::BinAndLast4
                             ? tr("Writes the orders the filters show to a CSV file (cards as BIN and last 4 only).")
                             : tr("Writes the orders the filters show to a CSV file (cards as last 4 only)."));
    connect(m_export, &QPushButton::clicked, this, &OrdersPage::exportCsv);
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addSpacing(12);
    top->addWidget(m_count, 0, Qt::AlignBottom);
    top->addStretch(1);
    top->addWidget(newOrder);
    top->addWidget(m_export);

    m_model = new OrderListModel(session, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"ordersTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(OrderListModel::CustomerColumn, QHeaderView::Stretch);
    const QFontMetrics fm = m_table->fontMetrics();
    header->resizeSection(OrderListModel::NumberColumn, fm.horizontalAdvance(u"2026-000000"_s) + 28);
    header->resizeSection(OrderListModel::DateColumn, fm.horizontalAdvance(u"30/12/2026 23:59 PM"_s) + 24);
    header->resizeSection(OrderListModel::ChannelColumn, fm.horizontalAdvance(u"Walk-in___"_s) + 20);
    header->resizeSection(OrderListModel::StatusColumn, fm.horizontalAdvance(u"Cancelled___"_s) + 20);
    header->resizeSection(OrderListModel::TotalColumn, fm.horizontalAdvance(u"000,000.00"_s) + 28);
    header->resizeSection(OrderListModel::CardColumn, fm.horizontalAdvance(u"Mastercard •••• 0000"_s) + 28);
    // Enter and double-click both "activate" a row.
    connect(m_table, &QAbstractItemView::activated, this, &OrdersPage::openCurrentOrder);

    m_message = new QLabel(this);
    m_message->setObjectName(u"ordersMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(buildFilters());
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_model, &OrderListModel::countChanged, this, &OrdersPage::updateCount);
    connect(m_model, &OrderListModel::loadFailed, this, [this](const QString& message) { setMessage(message, true); });
    refresh();
}

QWidget* OrdersPage::buildFilters()
{
    auto* box = new QWidget(this);
    m_search = new QLineEdit(box);
    m_search->setObjectName(u"orderSearchEdit"_s);
    m_search->setPlaceholderText(tr("Order number, or customer name, phone, postal code, email"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Search"), box);
    searchLabel->setBuddy(m_search);

    m_channel = new QComboBox(box);
    m_channel->setObjectName(u"channelFilter"_s);
    m_channel->addItem(tr("All channels"), QString());
    for (Channel channel : allChannels())
        m_channel->addItem(channelDisplayName(channel), channelToStorage(channel));
    auto* channelLabel = new QLabel(tr("C&hannel"), box);
    channelLabel->setBuddy(m_channel);

    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    m_from = new QDateEdit(today.addDays(-kDefaultDays), box);
    m_from->setObjectName(u"fromDateEdit"_s);
    m_to = new QDateEdit(today, box);
    m_to->setObjectName(u"toDateEdit"_s);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    auto* fromLabel = new QLabel(tr("&From"), box);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("T&o"), box);
    toLabel->setBuddy(m_to);

    auto* first = new QHBoxLayout;
    first->setSpacing(8);
    first->addWidget(searchLabel);
    first->addWidget(m_search, 1);
    first->addSpacing(12);
    first->addWidget(channelLabel);
    first->addWidget(m_channel);

    auto* second = new QHBoxLayout;
    second->setSpacing(14);
    auto* statusLabel = new QLabel(tr("Status"), box);
    const QString statusHint = tr("Tick the statuses to show; with none ticked, every status is shown.");
    statusLabel->setToolTip(statusHint);
    second->addWidget(statusLabel);
    for (OrderStatus status : allOrderStatuses()) {
        auto* check = new QCheckBox(orderStatusDisplayName(status), box);
        check->setObjectName(u"statusFilter_"_s + orderStatusToStorage(status));
        check->setProperty("status", orderStatusToStorage(status));
        check->setToolTip(statusHint);
        connect(check, &QCheckBox::toggled, this, &OrdersPage::refresh);
        m_statuses << check;
        second->addWidget(check);
    }
    second->addStretch(1);
    second->addWidget(fromLabel);
    second->addWidget(m_from);
    second->addWidget(toLabel);
    second->addWidget(m_to);

    auto* rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);
    rows->addLayout(first);
    rows->addLayout(second);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &OrdersPage::refresh);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    // Enter in the search runs it now and goes to the list.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        refresh();
        focusList();
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &OrdersPage::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &OrdersPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &OrdersPage::refresh);

    setTabOrder(m_search, m_channel);
    setTabOrder(m_channel, m_from);
    setTabOrder(m_from, m_to);
    QWidget* previous = m_to;
    for (QCheckBox* check : std::as_const(m_statuses)) {
        setTabOrder(previous, check);
        previous = check;
    }
    setTabOrder(previous, m_table);
    return box;
}

OrderFilter OrdersPage::currentFilter() const
{
    OrderFilter filter;
    for (const QCheckBox* check : m_statuses)
        if (check->isChecked())
            if (auto status = orderStatusFromStorage(check->property("status").toString()))
                filter.statuses << *status;
    if (auto channel = channelFromStorage(m_channel->currentData().toString()))
        filter.channels << *channel;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.text = m_search->text().trimmed();
    return filter;
}

void OrdersPage::refresh()
{
    if (m_searchTimer)
        m_searchTimer->stop();
    const QModelIndex current = m_table->currentIndex();
    const qint64 keep = current.isValid() ? m_model->orderId(current.row()) : 0;
    setMessage(QString(), false);
    m_model->setFilter(currentFilter());
    const int row = keep ? m_model->rowOf(keep) : -1;
    if (row >= 0)
        m_table->selectRow(row);
}

void OrdersPage::updateCount(int total)
{
    if (total < 0) {
        m_count->clear();
        return;
    }
    m_count->setText(total == 1 ? tr("1 order") : tr("%1 orders").arg(QLocale().toString(total)));
    m_export->setEnabled(total > 0);
}

void OrdersPage::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b3261e; font-weight: 600;"_s : u"color: #1b5e20;"_s);
    m_message->setVisible(!text.isEmpty());
}

void OrdersPage::focusList()
{
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus(Qt::OtherFocusReason);
}

void OrdersPage::openCurrentOrder()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        openOrder(m_model->orderId(current.row()));
}

void OrdersPage::openOrder(qint64 orderId)
{
    if (orderId <= 0)
        return;
    // One guard for the page's lifetime: a copied card number stays on the clipboard after its
    // dialog closes, until its timer; the page goes at lock and sign-out, and the guard clears it then.
    auto* clipboard = findChild<ClipboardGuard*>(QString(), Qt::FindDirectChildrenOnly);
    if (!clipboard)
        clipboard = new ClipboardGuard(this);
    auto* dialog = new OrderDetailDialog(m_session, orderId, this, clipboard);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OrderDetailDialog::statusChanged, this, &OrdersPage::refresh);
    dialog->open();
}

void OrdersPage::exportCsv()
{
    QString path = std::exchange(m_nextExportPath, QString());
    if (path.isEmpty()) {
        const QString suggested =
            QDir::home().filePath(u"orders-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
        path = QFileDialog::getSaveFileName(this, tr("Export orders"), suggested, tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
    }
    QProgressDialog progress(tr("Exporting orders…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(u"exportProgress"_s);
    progress.setWindowTitle(tr("Export orders"));
    progress.setWindowModality(Qt::WindowModal);
    // Shown from the first page on: the callback below runs the event loop, and a lock or sign-out
    // arriving then must find a modal dialog to dismiss (which cancels the export) rather than
    // tear down this page, and the dialog on this stack with it, in the middle of the export.
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    auto written = exportOrdersCsv(m_orders, currentFilter(), path, [&progress](int done, int total) {
        progress.setMaximum(qMax(total, 1));
        progress.setValue(qMin(done, qMax(total, 1)));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.close();
    if (written)
        setMessage(
            tr("Exported %1 to %2.")
                .arg(written.value() == 1 ? tr("1 order") : tr("%1 orders").arg(QLocale().toString(written.value())),
                     QDir::toNativeSeparators(path)),
            false);
    else if (written.errorCode() == Errc::Cancelled)
        setMessage(tr("Export cancelled — no file was written."), false);
    else
        setMessage(written.errorMessage(), true);
}

} // namespace custos::ui
