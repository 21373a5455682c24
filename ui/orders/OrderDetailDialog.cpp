#include "orders/OrderDetailDialog.h"

#include "access/Disclosure.h"
#include "access/Staff.h"
#include "common/Messages.h"
#include "documents/PrintActions.h"
#include "orders/OrderExport.h"
#include "orders/SecureField.h"
#include "session/ClipboardGuard.h"
#include "setup/FormStyle.h"
#include "storage/SettingsRepository.h"
#include "vault/Session.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

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

// "4242 4242 4242 4242": easier to read out and compare than a run of 16 digits.
QString groupedDigits(const crypto::SecureBytes& digits)
{
    QString text;
    text.reserve(int(digits.size() + digits.size() / 4));
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            text += QLatin1Char(' ');
        text += QLatin1Char(digits.constChar()[i]);
    }
    return text;
}

// "30 seconds", rounded up.
QString secondsText(std::chrono::milliseconds duration)
{
    const qint64 seconds = (duration.count() + 999) / 1000;
    return seconds == 1 ? OrderDetailDialog::tr("1 second") : OrderDetailDialog::tr("%1 seconds").arg(seconds);
}

} // namespace

int OrderDetailDialog::revealSeconds(custos::Session& session)
{
    auto stored = storage::SettingsRepository(session.database()).value(QString::fromLatin1(kRevealSecondsSetting));
    bool ok = false;
    const int seconds = stored ? stored->trimmed().toInt(&ok) : 0;
    return ok ? std::clamp(seconds, kMinRevealSeconds, kMaxRevealSeconds) : kDefaultRevealSeconds;
}

OrderDetailDialog::OrderDetailDialog(custos::Session& session, qint64 orderId, QWidget* parent,
                                     ClipboardGuard* clipboard)
    : QDialog(parent), m_session(session), m_orders(session), m_customers(session), m_orderId(orderId),
      m_clipboard(clipboard ? clipboard : new ClipboardGuard(this)),
      m_revealDuration(std::chrono::seconds(revealSeconds(session)))
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
    buildRevealArea(cardBox, cardLayout);

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
    // A confirmation for the customer: the card as last 4 only, whatever the role.
    m_printConfirmation = buttons->addButton(tr("&Print confirmation…"), QDialogButtonBox::ActionRole);
    m_printConfirmation->setObjectName(u"printConfirmationButton"_s);
    m_printConfirmation->setToolTip(tr("Preview, print or save the order confirmation (Ctrl+P)"));
    m_printConfirmation->setVisible(access::roleHas(session.employee().role, access::Permission::PrintOrderForms));
    m_printConfirmation->setAutoDefault(false);
    connect(m_printConfirmation, &QPushButton::clicked, this,
            [this] { printOrderConfirmation(m_session, m_orderId, this); });
    auto* printAction = new QAction(this);
    printAction->setShortcut(QKeySequence::Print);
    connect(printAction, &QAction::triggered, m_printConfirmation, [this] {
        if (m_printConfirmation->isVisible())
            m_printConfirmation->click();
    });
    addAction(printAction);

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

OrderDetailDialog::~OrderDetailDialog()
{
    wipeNumber();
}

void OrderDetailDialog::buildRevealArea(QWidget* cardBox, QVBoxLayout* cardLayout)
{
    m_revealButton = new QPushButton(tr("&Reveal…"), cardBox);
    m_revealButton->setObjectName(u"revealButton"_s);
    m_revealButton->setAutoDefault(false);
    connect(m_revealButton, &QPushButton::clicked, this, &OrderDetailDialog::startReveal);
    m_revealDenied = makeHint(QString(), cardBox, u"revealDeniedLabel"_s);
    m_revealDenied->setTextFormat(Qt::PlainText);
    auto* revealRow = new QHBoxLayout;
    revealRow->addWidget(m_revealButton, 0, Qt::AlignTop);
    revealRow->addWidget(m_revealDenied, 1);
    cardLayout->addLayout(revealRow);

    // Why: asked every time, recorded with the reveal (PCI DSS 10.2.1.1).
    m_reasonPanel = new QWidget(cardBox);
    m_reasonPanel->setObjectName(u"revealReasonPanel"_s);
    auto* reasonCaption = new QLabel(tr("&Why do you need the full number?"), m_reasonPanel);
    m_reason = new QLineEdit(m_reasonPanel);
    m_reason->setObjectName(u"revealReasonEdit"_s);
    m_reason->setPlaceholderText(tr("For example: the customer disputes the charge and the bank asks for the number"));
    m_reason->setMaxLength(200); // Disclosure::validateReason refuses longer ones
    reasonCaption->setBuddy(m_reason);
    m_showNumber = new QPushButton(tr("&Show number"), m_reasonPanel);
    m_showNumber->setObjectName(u"revealShowButton"_s);
    m_showNumber->setAutoDefault(false);
    m_showNumber->setEnabled(false);
    auto* cancel = new QPushButton(tr("Ca&ncel"), m_reasonPanel);
    cancel->setObjectName(u"revealCancelButton"_s);
    cancel->setAutoDefault(false);
    m_reasonError = makeInlineError(m_reasonPanel, u"revealReasonError"_s);
    auto* reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_reason, 1);
    reasonRow->addWidget(m_showNumber);
    reasonRow->addWidget(cancel);
    auto* reasonLayout = new QVBoxLayout(m_reasonPanel);
    reasonLayout->setContentsMargins(0, 0, 0, 0);
    reasonLayout->addWidget(reasonCaption);
    reasonLayout->addLayout(reasonRow);
    reasonLayout->addWidget(m_reasonError);
    m_reasonPanel->setVisible(false);
    cardLayout->addWidget(m_reasonPanel);
    connect(m_reason, &QLineEdit::textChanged, this, &OrderDetailDialog::validateReasonField);
    connect(m_showNumber, &QPushButton::clicked, this, [this] { reveal(m_reason->text()); });
    connect(cancel, &QPushButton::clicked, this, &OrderDetailDialog::cancelReveal);

    // The number itself: shown, never selectable (a mouse selection would land in the X11
    // primary selection without the secret hints); "Copy" is the one way to the clipboard.
    m_revealedPanel = new QWidget(cardBox);
    m_revealedPanel->setObjectName(u"revealedPanel"_s);
    m_revealedNumber = new QLineEdit(m_revealedPanel);
    m_revealedNumber->setObjectName(u"revealedNumberEdit"_s);
    m_revealedNumber->setReadOnly(true);
    m_revealedNumber->setFocusPolicy(Qt::NoFocus);
    m_revealedNumber->setContextMenuPolicy(Qt::NoContextMenu);
    m_revealedNumber->setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);
    mono.setFixedPitch(true);
    mono.setPointSizeF(m_revealedNumber->font().pointSizeF() * 1.3);
    m_revealedNumber->setFont(mono);
    m_revealedNumber->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(u"0000 0000 0000 0000 000"_s) + 16);
    m_countdown = new QLabel(m_revealedPanel);
    m_countdown->setObjectName(u"revealCountdownLabel"_s);
    m_copy = new QPushButton(tr("&Copy"), m_revealedPanel);
    m_copy->setObjectName(u"revealCopyButton"_s);
    m_copy->setAutoDefault(false);
    auto* hide = new QPushButton(tr("&Hide"), m_revealedPanel);
    hide->setObjectName(u"revealHideButton"_s);
    hide->setAutoDefault(false);
    m_copied = makeHint(QString(), m_revealedPanel, u"revealCopiedLabel"_s);
    m_copied->setVisible(false);
    auto* numberRow = new QHBoxLayout;
    numberRow->addWidget(m_revealedNumber);
    numberRow->addWidget(m_countdown);
    numberRow->addStretch(1);
    numberRow->addWidget(m_copy);
    numberRow->addWidget(hide);
    auto* revealedLayout = new QVBoxLayout(m_revealedPanel);
    revealedLayout->setContentsMargins(0, 0, 0, 0);
    revealedLayout->addLayout(numberRow);
    revealedLayout->addWidget(m_copied);
    m_revealedPanel->setVisible(false);
    cardLayout->addWidget(m_revealedPanel);
    connect(m_copy, &QPushButton::clicked, this, &OrderDetailDialog::copyNumber);
    connect(hide, &QPushButton::clicked, this, &OrderDetailDialog::hideNumber);

    m_revealError = makeInlineError(cardBox, u"revealError"_s);
    cardLayout->addWidget(m_revealError);

    m_hideTimer.setSingleShot(true);
    connect(&m_hideTimer, &QTimer::timeout, this, &OrderDetailDialog::hideNumber);
    m_tick.setInterval(200ms);
    connect(&m_tick, &QTimer::timeout, this, &OrderDetailDialog::updateCountdown);
}

void OrderDetailDialog::updateRevealAccess()
{
    const bool sealed = m_cardSummary && m_cardSummary->hasSealedPan && !m_cardSummary->purgedAt.isValid();
    auto actor = access::loadActor(m_session);
    const Role role = actor ? actor->role : m_session.employee().role;
    // Roles without the permission never see the button (the service refuses them anyway).
    if (!sealed || !access::roleHas(role, access::Permission::RevealCardNumber)) {
        m_revealButton->setVisible(false);
        m_revealDenied->setVisible(false);
        if (!m_reasonPanel->isHidden())
            setReasonPanelShown(false);
        return;
    }
    access::Decision decision;
    if (actor)
        decision = access::decide(actor.value(), access::Permission::RevealCardNumber);
    else
        decision.reason = actor.errorMessage();
    m_revealButton->setVisible(true);
    m_revealButton->setEnabled(decision.allowed && !isNumberShown());
    m_revealButton->setToolTip(decision.allowed
                                   ? tr("Shows the full number for %1 once you say why. Every reveal is recorded.")
                                         .arg(secondsText(m_revealDuration))
                                   : decision.reason);
    m_revealDenied->setText(decision.allowed ? QString() : decision.reason);
    m_revealDenied->setVisible(!decision.allowed);
    if (!decision.allowed && !m_reasonPanel->isHidden())
        setReasonPanelShown(false);
}

void OrderDetailDialog::setReasonPanelShown(bool shown)
{
    m_reasonPanel->setVisible(shown);
    // Enter in the reason field is "Show number" (a no-op while the reason is refused), not Close.
    m_showNumber->setDefault(shown);
    if (!shown && m_close)
        m_close->setDefault(true);
}

void OrderDetailDialog::startReveal()
{
    showInlineError(m_revealError, QString());
    setReasonPanelShown(true);
    m_revealButton->setEnabled(false);
    validateReasonField();
    m_reason->setFocus(Qt::OtherFocusReason);
}

void OrderDetailDialog::cancelReveal()
{
    m_reason->clear();
    showInlineError(m_reasonError, QString());
    setReasonPanelShown(false);
    updateRevealAccess();
    if (m_revealButton->isVisible())
        m_revealButton->setFocus(Qt::OtherFocusReason);
}

void OrderDetailDialog::validateReasonField()
{
    const QString reason = m_reason->text();
    const QString problem = access::Disclosure::validateReason(reason);
    m_showNumber->setEnabled(problem.isEmpty());
    // No complaint before anything is typed; then it says what is missing as the clerk types.
    showInlineError(m_reasonError, reason.trimmed().isEmpty() ? QString() : problem);
}

bool OrderDetailDialog::reveal(const QString& reason)
{
    showInlineError(m_revealError, QString());
    wipeNumber();
    auto pan = access::Disclosure(m_session).revealPan(m_orderId, reason.trimmed());
    if (!pan) {
        showInlineError(m_revealError, pan.errorMessage());
        updateRevealAccess();
        return false;
    }
    m_revealed = std::move(pan.value());
    m_revealedNumber->setText(groupedDigits(m_revealed));
    m_reason->clear();
    showInlineError(m_reasonError, QString());
    setReasonPanelShown(false);
    m_copied->setVisible(false);
    m_revealedPanel->setVisible(true);
    m_revealButton->setEnabled(false);
    m_revealDeadline = QDeadlineTimer(m_revealDuration);
    m_hideTimer.start(m_revealDuration);
    m_tick.start();
    updateCountdown();
    m_copy->setFocus(Qt::OtherFocusReason);
    return true;
}

void OrderDetailDialog::updateCountdown()
{
    const qint64 leftMs = std::max<qint64>(0, m_revealDeadline.remainingTime());
    const int seconds = int((leftMs + 999) / 1000);
    m_countdown->setText(seconds == 1 ? tr("Hides in 1 second") : tr("Hides in %1 seconds").arg(seconds));
}

void OrderDetailDialog::wipeNumber()
{
    m_hideTimer.stop();
    m_tick.stop();
    m_revealed.clear();
    if (m_revealedNumber)
        wipeLineEdit(m_revealedNumber);
}

void OrderDetailDialog::hideNumber()
{
    const bool wasShown = isNumberShown();
    const bool hadFocus = m_revealedPanel->isAncestorOf(focusWidget());
    wipeNumber();
    m_countdown->clear();
    m_copied->setVisible(false);
    m_revealedPanel->setVisible(false);
    if (!wasShown)
        return;
    updateRevealAccess();
    if (hadFocus && m_revealButton->isVisible() && m_revealButton->isEnabled())
        m_revealButton->setFocus(Qt::OtherFocusReason);
    emit numberHidden();
}

bool OrderDetailDialog::copyNumber()
{
    if (!isNumberShown() || !m_clipboard)
        return false;
    // No copy without its trace in the log.
    auto recorded = access::Disclosure(m_session).recordCopy(m_orderId);
    if (!recorded) {
        showInlineError(m_revealError, recorded.errorMessage());
        return false;
    }
    QString digits = QString::fromLatin1(m_revealed.constChar(), qsizetype(m_revealed.size()));
    m_clipboard->setSecret(digits, m_revealDuration);
    crypto::wipe(digits);
    m_copied->setText(tr("Copied. The clipboard is cleared in %1 unless something else is copied first.")
                          .arg(secondsText(m_revealDuration)));
    m_copied->setVisible(true);
    return true;
}

void OrderDetailDialog::hideEvent(QHideEvent* event)
{
    // Closed, minimised or hidden with its parent: the number does not wait on screen.
    hideNumber();
    QDialog::hideEvent(event);
}

void OrderDetailDialog::setError(const QString& message)
{
    showInlineError(m_error, message);
}

void OrderDetailDialog::load()
{
    auto order = m_orders.get(m_orderId);
    if (!order) {
        hideNumber();
        m_cardSummary.reset();
        updateRevealAccess();
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
    // A status change may have purged the number: whatever was shown goes.
    hideNumber();
    m_cardSummary = order.card;
    if (!order.card) {
        m_card->setText(tr("No card was taken for this order."));
        m_cardSeal->setVisible(false);
        updateRevealAccess();
        return;
    }
    const OrderCardSummary& card = *order.card;
    // Masked for the role; the full number is the separate, audited Reveal.
    const QString masked = access::maskedCard(cardMaskFor(m_session), card.brand, card.bin, card.last4, card.panLength);
    m_card->setText(tr("%1 · expires %2 · %3").arg(masked, card.expiry.toString(), card.holderName));
    if (card.hasSealedPan && !card.purgedAt.isValid())
        m_cardSeal->setText(tr("The full number is still held, sealed: only staff with a disclosure grant can open "
                               "it. It is purged once the order is charged and the retention period has passed."));
    else if (card.purgedAt.isValid())
        m_cardSeal->setText(
            tr("The full number was purged on %1; only the last 4 digits remain.").arg(when(card.purgedAt)));
    else
        m_cardSeal->setText(tr("The full number is not held; only the last 4 digits remain."));
    m_cardSeal->setVisible(true);
    updateRevealAccess();
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
