#include "orders/OrderDetailDialog.h"

#include "common/Messages.h"
#include "setup/FormStyle.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

QTableWidget* makeTable(QWidget* parent, const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

QString when(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

// What the button says for a move to `to`.
QString actionText(OrderStatus to)
{
    switch (to) {
    case OrderStatus::Charged:
        return OrderDetailDialog::tr("Mark &charged");
    case OrderStatus::Shipped:
        return OrderDetailDialog::tr("Mark &shipped");
    case OrderStatus::Closed:
        return OrderDetailDialog::tr("C&lose order");
    case OrderStatus::Cancelled:
        return OrderDetailDialog::tr("Cancel &order…");
    case OrderStatus::Received:
        break;
    }
    return orderStatusDisplayName(to);
}

} // namespace

OrderDetailDialog::OrderDetailDialog(custos::Session& session, qint64 orderId, QWidget* parent)
    : QDialog(parent), m_orders(session), m_customers(session), m_orderId(orderId)
{
    setObjectName(u"orderDetailDialog"_s);
    setSizeGripEnabled(true);

    m_number = new QLabel(this);
    m_number->setObjectName(u"detailNumberLabel"_s);
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(u"detailStatusLabel"_s);
    m_status->setStyleSheet(u"#detailStatusLabel { background: #e8eef5; border-radius: 3px; padding: 2px 8px;"
                            " font-weight: 600; }"_s);
    m_meta = new QLabel(this);
    m_meta->setObjectName(u"detailMetaLabel"_s);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    auto* title = new QHBoxLayout;
    title->addWidget(m_number);
    title->addWidget(m_status, 0, Qt::AlignVCenter);
    title->addStretch(1);

    m_lines = makeTable(this, u"detailLinesTable"_s, {tr("Description"), tr("Qty"), tr("Unit price"), tr("Amount")});
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_lines->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_totals = new QLabel(this);
    m_totals->setObjectName(u"detailTotalsLabel"_s);
    m_totals->setAlignment(Qt::AlignRight);
    m_totals->setTextFormat(Qt::RichText);

    auto* cardBox = new QGroupBox(tr("Card"), this);
    m_card = new QLabel(cardBox);
    m_card->setObjectName(u"detailCardLabel"_s);
    m_card->setTextFormat(Qt::PlainText);
    m_cardSeal = makeHint(QString(), cardBox, u"detailCardSealLabel"_s);
    auto* cardLayout = new QVBoxLayout(cardBox);
    cardLayout->addWidget(m_card);
    cardLayout->addWidget(m_cardSeal);

    m_notes = new QLabel(this);
    m_notes->setObjectName(u"detailNotesLabel"_s);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);

    auto* historyBox = new QGroupBox(tr("Status history"), this);
    m_history = makeTable(historyBox, u"historyTable"_s, {tr("When"), tr("Status"), tr("By"), tr("Note")});
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    auto* changeBox = new QGroupBox(tr("Next step"), this);
    m_note = new QLineEdit(changeBox);
    m_note->setObjectName(u"statusNoteEdit"_s);
    m_note->setPlaceholderText(tr("Note for the history (optional), e.g. the authorisation code"));
    m_note->setMaxLength(OrderService::kMaxNoteLength);
    m_statusButtons = new QHBoxLayout;
    m_error = makeInlineError(changeBox, u"detailError"_s);
    auto* changeLayout = new QVBoxLayout(changeBox);
    changeLayout->addWidget(m_note);
    changeLayout->addLayout(m_statusButtons);
    changeLayout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);
    layout->addLayout(title);
    layout->addWidget(m_meta);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_notes);
    layout->addWidget(cardBox);
    layout->addWidget(historyBox, 1);
    layout->addWidget(changeBox);
    layout->addWidget(buttons);

    load();
    resize(760, 720);
    // Straight to the next step: a note, then Tab to the buttons.
    if (m_note->isEnabled())
        m_note->setFocus(Qt::OtherFocusReason);
}

void OrderDetailDialog::setError(const QString& message)
{
    showInlineError(m_error, message);
}

void OrderDetailDialog::load()
{
    auto order = m_orders.get(m_orderId);
    if (!order) {
        setWindowTitle(tr("Order"));
        m_number->setText(tr("Order not available"));
        setError(order.errorMessage());
        rebuildStatusButtons(OrderStatus::Closed);
        return;
    }
    const Order& o = order.value();
    setWindowTitle(tr("Order %1").arg(o.number));
    m_number->setText(tr("Order %1").arg(o.number));
    m_status->setText(orderStatusDisplayName(o.status));
    auto customer = m_customers.get(o.customerId);
    const QString customerName = customer ? customer->name : tr("(customer not available)");
    m_meta->setText(tr("%1 · %2 · taken %3").arg(customerName, channelDisplayName(o.channel), when(o.createdAt)));
    m_notes->setText(o.notes.isEmpty() ? QString() : tr("Notes: %1").arg(o.notes));
    m_notes->setVisible(!o.notes.isEmpty());
    fillLines(o);
    fillCard(o);
    fillHistory();
    rebuildStatusButtons(o.status);
}

void OrderDetailDialog::fillLines(const Order& order)
{
    const QLocale here = locale();
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    m_lines->setRowCount(int(order.lines.size()));
    for (int row = 0; row < order.lines.size(); ++row) {
        const OrderLine& line = order.lines.at(row);
        auto amount = Money::times(line.unitPrice, line.quantity);
        m_lines->setItem(row, 0, cell(line.description));
        m_lines->setItem(row, 1, cell(here.toString(line.quantity), right));
        m_lines->setItem(row, 2, cell(line.unitPrice.toString(here), right));
        m_lines->setItem(row, 3, cell(amount ? amount->toString(here) : u"—"_s, right));
    }
    const QString rate = order.taxRateBasisPoints % 100 == 0
                             ? here.toString(order.taxRateBasisPoints / 100)
                             : Money::fromCents(order.taxRateBasisPoints).toString(here);
    m_totals->setText(tr("Subtotal %1 &nbsp;·&nbsp; Tax (%2 %) %3 &nbsp;·&nbsp; <b>Total %4</b>")
                          .arg(order.totals.subtotal.toString(here), rate, order.totals.tax.toString(here),
                               order.totals.total.toString(here)));
}

void OrderDetailDialog::fillCard(const Order& order)
{
    if (!order.card) {
        m_card->setText(tr("No card was taken for this order."));
        m_cardSeal->setVisible(false);
        return;
    }
    const OrderCardSummary& card = *order.card;
    // Last 4 only, for every role (revealing more is a separate, audited step).
    m_card->setText(
        tr("%1 · expires %2 · %3").arg(maskLast4(card.brand, card.last4), card.expiry.toString(), card.holderName));
    if (card.hasSealedPan && !card.purgedAt.isValid())
        m_cardSeal->setText(tr("The full number is still held, sealed: only staff with a disclosure grant can open "
                               "it. It is purged once the order is charged and the retention period has passed."));
    else if (card.purgedAt.isValid())
        m_cardSeal->setText(
            tr("The full number was purged on %1; only the last 4 digits remain.").arg(when(card.purgedAt)));
    else
        m_cardSeal->setText(tr("The full number is not held; only the last 4 digits remain."));
    m_cardSeal->setVisible(true);
}

void OrderDetailDialog::fillHistory()
{
    auto history = m_orders.history(m_orderId);
    if (!history) {
        setError(history.errorMessage());
        return;
    }
    const QList<OrderStatusChange>& steps = history.value();
    m_history->setRowCount(int(steps.size()));
    for (int row = 0; row < steps.size(); ++row) {
        const OrderStatusChange& step = steps.at(row);
        const QString change =
            step.from ? tr("%1 → %2").arg(orderStatusDisplayName(*step.from), orderStatusDisplayName(step.to))
                      : orderStatusDisplayName(step.to);
        m_history->setItem(row, 0, cell(when(step.at)));
        m_history->setItem(row, 1, cell(change));
        m_history->setItem(row, 2, cell(step.byEmployeeName.isEmpty() ? u"—"_s : step.byEmployeeName));
        m_history->setItem(row, 3, cell(step.note));
    }
}

void OrderDetailDialog::rebuildStatusButtons(OrderStatus current)
{
    while (QLayoutItem* item = m_statusButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_buttons.clear();
    const QList<OrderStatus> next = allowedNext(current);
    for (OrderStatus to : next) {
        auto* button = new QPushButton(actionText(to), this);
        button->setObjectName(u"statusButton_"_s + orderStatusToStorage(to));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, to] { changeStatus(to); });
        m_statusButtons->addWidget(button);
        m_buttons << button;
    }
    if (next.isEmpty()) {
        auto* done = new QPushButton(tr("No further steps"), this);
        done->setEnabled(false);
        m_statusButtons->addWidget(done);
        m_buttons << done;
    }
    m_note->setEnabled(!next.isEmpty());
    m_statusButtons->addStretch(1);
    QWidget* previous = m_note;
    for (QPushButton* button : std::as_const(m_buttons)) {
        setTabOrder(previous, button);
        previous = button;
    }
    if (m_close)
        setTabOrder(previous, m_close);
}

bool OrderDetailDialog::changeStatus(OrderStatus to)
{
    setError(QString());
    if (to == OrderStatus::Cancelled &&
        !Messages::confirm(this, tr("Cancel this order?"),
                           tr("A cancelled order cannot be reopened, and its sealed card number is purged now."),
                           tr("Cancel order")))
        return false;
    auto changed = m_orders.changeStatus(m_orderId, to, m_note->text().trimmed());
    if (!changed) {
        setError(changed.errorMessage());
        return false;
    }
    m_note->clear();
    load();
    emit statusChanged(m_orderId);
    return true;
}

} // namespace custos::ui
