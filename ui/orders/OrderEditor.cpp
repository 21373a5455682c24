#include "orders/OrderEditor.h"

#include "common/Messages.h"
#include "documents/PrivacyNotice.h"
#include "orders/CardSection.h"
#include "orders/CustomerLookup.h"
#include "orders/OrderLinesModel.h"
#include "orders/OrderLinesView.h"
#include "orders/OrderSettings.h"
#include "setup/FormStyle.h"
#include "vault/Session.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

QLabel* amountLabel(QWidget* parent, const QString& objectName, bool strong = false)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(u"000,000,000.00"_s));
    if (strong) {
        QFont font = label->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        label->setFont(font);
    }
    return label;
}

} // namespace

OrderEditor::OrderEditor(custos::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_orders(session), m_customers(session)
{
    setObjectName(u"orderEditor"_s);
    setWindowTitle(tr("New order — %1").arg(session.businessProfile().legalName));
    setModal(false);
    setSizeGripEnabled(true);

    buildScriptPanel();

    m_card = new CardSection(m_orders, this);

    auto* other = new QGridLayout;
    other->setHorizontalSpacing(10);
    m_taxRate = new QLineEdit(this);
    m_taxRate->setObjectName(u"taxRateEdit"_s);
    m_taxRate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_taxRate->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"^[0-9]{0,3}([.,][0-9]{0,2})?$"_s), m_taxRate));
    m_taxRate->setFixedWidth(m_taxRate->fontMetrics().horizontalAdvance(u"100.00"_s) + 20);
    m_taxError = makeInlineError(this, u"taxRateError"_s);
    auto* taxLabel = new QLabel(tr("Tax &rate"), this);
    taxLabel->setBuddy(m_taxRate);
    auto* taxRow = new QHBoxLayout;
    taxRow->addWidget(m_taxRate);
    taxRow->addWidget(new QLabel(u"%"_s, this));
    taxRow->addWidget(m_taxError, 1);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Delivery instructions, what was agreed on the phone…"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 14);
    m_notesError = makeInlineError(this, u"notesError"_s);
    auto* notesLabel = new QLabel(tr("N&otes"), this);
    notesLabel->setBuddy(m_notes);
    other->addWidget(taxLabel, 0, 0);
    other->addLayout(taxRow, 0, 1);
    other->addWidget(notesLabel, 1, 0, Qt::AlignTop);
    other->addWidget(m_notes, 1, 1);
    other->addWidget(m_notesError, 2, 1);
    other->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(m_scriptPanel);
    layout->addWidget(buildHeader());
    layout->addWidget(buildLines(), 1);
    layout->addWidget(m_card);
    layout->addLayout(other);
    layout->addWidget(buildFooter());

    auto* saveAction = new QAction(tr("Save order"), this);
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &OrderEditor::save);
    addAction(saveAction);

    // The call's order: customer → lines → card → save; the rest after.
    setTabOrder(m_channel, m_customer->lineEdit());
    setTabOrder(m_customer->lineEdit(), m_lines);
    setTabOrder(m_lines, m_card->panEdit());
    setTabOrder(m_card->panEdit(), m_card->expiryEdit());
    setTabOrder(m_card->expiryEdit(), m_card->holderEdit());
    setTabOrder(m_card->holderEdit(), m_card->cvvEdit());
    setTabOrder(m_card->cvvEdit(), m_taxRate);
    setTabOrder(m_taxRate, m_notes);
    setTabOrder(m_notes, m_save);
    setTabOrder(m_save, m_cancel);

    connect(m_linesModel, &OrderLinesModel::linesChanged, this, &OrderEditor::updateTotals);
    connect(m_taxRate, &QLineEdit::textEdited, this, [this] {
        showInlineError(m_taxError, QString());
        updateTotals();
    });
    connect(m_customer, &CustomerLookup::customerChanged, this, [this] { showInlineError(m_saveError, QString()); });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &OrderEditor::updateScriptPanel);
    updateScriptPanel();
    setTaxRate(OrderSettings::defaultTaxRateBasisPoints(session));
    resize(940, 760);
    m_customer->setFocus(Qt::OtherFocusReason);
}

OrderEditor::~OrderEditor()
{
    // Hidden while still whole: hiding moves the focus, which commits an open cell editor and
    // would call back into a half-destroyed dialog from ~QDialog.
    hide();
    m_linesModel->disconnect(this);
    m_customer->disconnect(this);
    m_card->clear(); // the card widgets wipe themselves anyway; this makes it explicit
}

void OrderEditor::buildScriptPanel()
{
    // The privacy notice's short form, as the owner wrote it, with the business filled in.
    documents::PrivacyNotice notice = documents::defaultPrivacyNotice();
    if (auto loaded = documents::loadPrivacyNotice(m_session.database()); loaded.ok())
        notice = loaded.value();
    const QString script =
        documents::renderPrivacyText(notice.phoneScript, m_session.businessProfile(), m_orders.cardRetentionDays());

    m_scriptPanel = new QFrame(this);
    m_scriptPanel->setObjectName(u"phoneScriptPanel"_s);
    m_scriptPanel->setStyleSheet(u"#phoneScriptPanel { background: #e8f1fb; border: 1px solid #9bbce0; "
                                 "border-radius: 4px; } #phoneScriptPanel QLabel, #phoneScriptPanel QToolButton "
                                 "{ color: #0d2a4a; background: transparent; border: none; }"_s);
    m_scriptToggle = new QToolButton(m_scriptPanel);
    m_scriptToggle->setObjectName(u"phoneScriptToggle"_s);
    m_scriptToggle->setText(tr("Privacy notice — read to the caller (F2)"));
    m_scriptToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_scriptToggle->setCheckable(true);
    m_scriptToggle->setChecked(true);
    m_scriptToggle->setArrowType(Qt::DownArrow);
    m_scriptToggle->setFocusPolicy(Qt::NoFocus); // the call's keyboard flow stays customer → lines → card
    QFont bold = m_scriptToggle->font();
    bold.setBold(true);
    m_scriptToggle->setFont(bold);

    m_script = new QLabel(tr("Read the privacy notice: %1").arg(script), m_scriptPanel);
    m_script->setObjectName(u"phoneScriptLabel"_s);
    m_script->setWordWrap(true);
    m_script->setTextFormat(Qt::PlainText);
    m_script->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* panelLayout = new QVBoxLayout(m_scriptPanel);
    panelLayout->setContentsMargins(8, 4, 10, 6);
    panelLayout->setSpacing(2);
    panelLayout->addWidget(m_scriptToggle, 0, Qt::AlignLeft);
    panelLayout->addWidget(m_script);
    connect(m_scriptToggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_script->setVisible(expanded);
        m_scriptToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    });

    auto* toggle = new QAction(tr("Show or hide the privacy notice"), this);
    toggle->setObjectName(u"togglePhoneScriptAction"_s);
    toggle->setShortcut(QKeySequence(Qt::Key_F2));
    connect(toggle, &QAction::triggered, this, [this] {
        if (!m_scriptPanel->isHidden())
            m_scriptToggle->toggle();
    });
    addAction(toggle);
}

void OrderEditor::updateScriptPanel()
{
    const auto channel = channelFromStorage(m_channel->currentData().toString()).value_or(Channel::Phone);
    m_scriptPanel->setVisible(channel == Channel::Phone);
}

bool OrderEditor::isScriptShown() const
{
    return !m_scriptPanel->isHidden() && !m_script->isHidden();
}

QWidget* OrderEditor::buildHeader()
{
    auto* box = new QWidget(this);
    m_channel = new QComboBox(box);
    m_channel->setObjectName(u"channelCombo"_s);
    for (Channel channel : allChannels())
        m_channel->addItem(channelDisplayName(channel), channelToStorage(channel));
    m_customer = new CustomerLookup(m_customers, box);
    m_customer->setObjectName(u"customerLookupBox"_s);
    auto* channelLabel = new QLabel(tr("C&hannel"), box);
    channelLabel->setBuddy(m_channel);
    auto* customerLabel = new QLabel(tr("C&ustomer"), box);
    customerLabel->setBuddy(m_customer->lineEdit());

    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->addWidget(channelLabel, 0, 0);
    grid->addWidget(m_channel, 0, 1);
    grid->addWidget(customerLabel, 0, 2);
    grid->addWidget(m_customer, 0, 3, 2, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnMinimumWidth(2, 70);
    return box;
}

QWidget* OrderEditor::buildLines()
{
    auto* box = new QGroupBox(tr("Order lines"), this);
    m_linesModel = new OrderLinesModel(this);
    m_lines = new OrderLinesView(m_linesModel, box);
    m_lines->setMinimumHeight(m_lines->verticalHeader()->defaultSectionSize() * 5);
    auto* hint = makeHint(tr("Type to fill a cell, Tab to move on · Insert or Ctrl+Enter: new line · Delete: remove "
                             "line · Ctrl+Z: undo"),
                          box, u"linesHint"_s);
    m_linesError = makeInlineError(box, u"linesError"_s);

    m_subtotal = amountLabel(box, u"subtotalLabel"_s);
    m_tax = amountLabel(box, u"taxLabel"_s);
    m_total = amountLabel(box, u"totalLabel"_s, true);
    auto* totals = new QGridLayout;
    totals->setHorizontalSpacing(12);
    totals->setVerticalSpacing(2);
    m_taxCaption = new QLabel(box);
    m_taxCaption->setObjectName(u"taxCaption"_s);
    QLabel* captions[] = {new QLabel(tr("Subtotal"), box), m_taxCaption, new QLabel(tr("Total"), box)};
    QLabel* values[] = {m_subtotal, m_tax, m_total};
    for (int i = 0; i < 3; ++i) {
        QLabel* caption = captions[i];
        caption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (i == 2)
            caption->setFont(m_total->font());
        totals->addWidget(caption, i, 0);
        totals->addWidget(values[i], i, 1);
    }

    auto* below = new QHBoxLayout;
    auto* notes = new QVBoxLayout;
    notes->addWidget(hint);
    notes->addWidget(m_linesError);
    notes->addStretch(1);
    below->addLayout(notes, 1);
    below->addLayout(totals);

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_lines, 1);
    layout->addLayout(below);
    return box;
}

QWidget* OrderEditor::buildFooter()
{
    auto* box = new QWidget(this);
    m_saved = new QLabel(box);
    m_saved->setObjectName(u"orderSavedLabel"_s);
    m_saved->setTextFormat(Qt::PlainText);
    m_saved->setStyleSheet(u"#orderSavedLabel { color: #1b5e20; font-weight: 600; }"_s);
    m_saveError = makeInlineError(box, u"orderSaveError"_s);
    m_cancel = new QPushButton(tr("Close"), box);
    m_cancel->setObjectName(u"cancelOrderButton"_s);
    m_cancel->setToolTip(tr("Esc"));
    m_save = new QPushButton(tr("&Save order"), box);
    m_save->setObjectName(u"saveOrderButton"_s);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Enter or Ctrl+S"));
    auto* messages = new QVBoxLayout;
    messages->addWidget(m_saved);
    messages->addWidget(m_saveError);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 4, 0, 0);
    row->addLayout(messages, 1);
    row->addWidget(m_cancel);
    row->addWidget(m_save);
    connect(m_save, &QPushButton::clicked, this, &OrderEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, &OrderEditor::reject);
    return box;
}

void OrderEditor::startOrder(qint64 customerId)
{
    if (customerId > 0 && !hasInput())
        m_customer->setCustomer(customerId);
    if (m_customer->customerId() > 0 && !m_linesModel->hasInput())
        m_lines->focusCell(0, OrderLinesModel::DescriptionColumn);
    else
        m_customer->lineEdit()->setFocus(Qt::OtherFocusReason);
}

bool OrderEditor::hasInput() const
{
    return m_customer->hasInput() || m_linesModel->hasInput() || !m_notes->toPlainText().trimmed().isEmpty() ||
           m_card->hasInput();
}

std::optional<int> OrderEditor::taxRate(QString* problem) const
{
    const QString text = m_taxRate->text().trimmed();
    if (text.isEmpty())
        return 0;
    // Percent with at most two decimals, parsed like an amount: "20.5" → 2050 basis points.
    auto parsed = Money::parse(text, locale());
    if (parsed && parsed->cents() >= 0 && parsed->cents() <= 10000)
        return int(parsed->cents());
    if (problem)
        *problem = tr("Enter a tax rate from 0 to 100 %.");
    return std::nullopt;
}

void OrderEditor::setTaxRate(int basisPoints)
{
    m_taxRate->setText(basisPoints % 100 == 0 ? locale().toString(basisPoints / 100)
                                              : Money::fromCents(basisPoints).toString(locale()));
    updateTotals();
}

void OrderEditor::updateTotals()
{
    OrderDraft draft;
    draft.lines = m_linesModel->lines();
    draft.taxRateBasisPoints = taxRate(nullptr).value_or(0);
    auto totals = draft.totals();
    const QLocale here = locale();
    const int rate = draft.taxRateBasisPoints;
    m_taxCaption->setText(
        tr("Tax (%1 %)").arg(rate % 100 == 0 ? here.toString(rate / 100) : Money::fromCents(rate).toString(here)));
    m_subtotal->setText(totals ? totals->subtotal.toString(here) : u"—"_s);
    m_tax->setText(totals ? totals->tax.toString(here) : u"—"_s);
    m_total->setText(totals ? totals->total.toString(here) : u"—"_s);
}

bool OrderEditor::save()
{
    m_lines->commitEditing();
    m_saved->clear();
    showInlineError(m_saveError, QString());

    OrderDraft draft;
    draft.customerId = m_customer->customerId();
    draft.channel = channelFromStorage(m_channel->currentData().toString()).value_or(Channel::Phone);
    draft.lines = m_linesModel->lines();
    draft.notes = m_notes->toPlainText();
    OrderProblems problems;
    QString taxProblem;
    if (const auto rate = taxRate(&taxProblem))
        draft.taxRateBasisPoints = *rate;
    else
        problems << OrderProblem{OrderField::TaxRate, -1, taxProblem};
    problems += m_orders.validate(draft);
    problems += m_linesModel->priceProblems();
    std::optional<CardEntry> card = m_card->entry(&problems);
    showProblems(problems);
    if (!problems.isEmpty())
        return false;

    auto created = m_orders.create(draft, std::move(card));
    if (!created) {
        showInlineError(m_saveError, created.errorMessage());
        return false;
    }
    m_lastSaved = created.value();
    clearForm();
    m_saved->setText(tr("Order %1 saved").arg(m_lastSaved));
    emit orderSaved(m_lastSaved);
    m_customer->lineEdit()->setFocus(Qt::OtherFocusReason);
    return true;
}

void OrderEditor::showProblems(const OrderProblems& problems)
{
    m_customer->setError(orderProblemFor(problems, OrderField::Customer));
    OrderProblems lineProblems;
    for (const OrderProblem& p : problems)
        if (p.field == OrderField::Lines || p.field == OrderField::LineDescription ||
            p.field == OrderField::LineQuantity || p.field == OrderField::LineUnitPrice)
            lineProblems << p;
    showInlineError(m_linesError, describeOrderProblems(lineProblems));
    m_linesModel->setProblems(lineProblems);
    showInlineError(m_taxError, orderProblemFor(problems, OrderField::TaxRate));
    showInlineError(m_notesError, orderProblemFor(problems, OrderField::Notes));
    m_card->showProblems(problems);

    // The cursor goes to the first thing to fix, in the order of the call.
    QWidget* first = nullptr;
    if (!orderProblemFor(problems, OrderField::Customer).isEmpty())
        first = m_customer->lineEdit();
    else if (!lineProblems.isEmpty())
        first = m_lines;
    else if (QWidget* cardField = m_card->fieldFor(problems))
        first = cardField;
    else if (!orderProblemFor(problems, OrderField::TaxRate).isEmpty())
        first = m_taxRate;
    else if (!orderProblemFor(problems, OrderField::Notes).isEmpty())
        first = m_notes;
    if (first == m_lines && !lineProblems.isEmpty() && lineProblems.first().line >= 0) {
        const QList<int> rows = m_linesModel->lineRows();
        const OrderProblem& p = lineProblems.first();
        const int column = p.field == OrderField::LineQuantity    ? OrderLinesModel::QuantityColumn
                           : p.field == OrderField::LineUnitPrice ? OrderLinesModel::UnitPriceColumn
                                                                  : OrderLinesModel::DescriptionColumn;
        m_lines->focusCell(rows.value(p.line), column);
    } else if (first) {
        first->setFocus(Qt::OtherFocusReason);
    }
}

void OrderEditor::clearForm()
{
    m_customer->clear();
    m_linesModel->reset();
    m_notes->clear();
    m_card->clear();
    setTaxRate(OrderSettings::defaultTaxRateBasisPoints(m_session));
    showProblems({});
    showInlineError(m_saveError, QString());
}

void OrderEditor::reject()
{
    if (hasInput() &&
        !Messages::confirm(this, tr("Discard this order?"),
                           tr("What you typed for this order will be lost, card details included."), tr("Discard")))
        return;
    clearForm();
    m_saved->clear();
    QDialog::reject();
}

} // namespace custos::ui
