#include "customers/CustomerDialog.h"

#include "domain/PhoneNumber.h"
#include "orders/CustomerService.h"
#include "setup/FormStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

constexpr int kDuplicateDelayMs = 250;

QString countryName(const QString& region)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToString(territory);
}

} // namespace

CustomerDialog::CustomerDialog(custos::CustomerService& service, std::optional<qint64> customerId, QWidget* parent)
    : QDialog(parent), m_service(service)
{
    setObjectName(u"customerDialog"_s);
    setWindowTitle(tr("New customer"));
    setMinimumWidth(540);

    auto* hint = makeHint(tr("Custos keeps only what an order needs: name, residence address, contact number; "
                             "email is optional."),
                          this, u"dataMinimisationHint"_s);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(6);
    using F = custos::CustomerField;
    using D = custos::CustomerDraft;
    // Name and phone first: they are what the clerk hears first, and what finds a duplicate.
    addField(form, F::Name, tr("&Name:"), u"name"_s, D::kMaxName);
    QLineEdit* phone = addField(form, F::Phone, tr("P&hone:"), u"phone"_s, 40);
    addField(form, F::Street, tr("&Street:"), u"street"_s, D::kMaxAddressField);
    addField(form, F::City, tr("&Town or city:"), u"city"_s, D::kMaxAddressField);
    QLineEdit* region = addField(form, F::Region, tr("&Region:"), u"region"_s, D::kMaxAddressField);
    addField(form, F::PostalCode, tr("&Postcode:"), u"postalCode"_s, 20);
    addField(form, F::Country, tr("C&ountry:"), u"country"_s, D::kMaxAddressField);
    QLineEdit* email = addField(form, F::Email, tr("&Email:"), u"email"_s, D::kMaxEmail);
    phone->setPlaceholderText(tr("020 7946 0018 or +44 20 7946 0018"));
    region->setPlaceholderText(tr("County, state or province — optional"));
    email->setPlaceholderText(tr("Optional"));
    for (int i = 1; i < m_fields.size(); ++i)
        setTabOrder(m_fields.at(i - 1).edit, m_fields.at(i).edit);

    m_error = makeInlineError(this, u"customerDialogError"_s);
    m_duplicatePanel = buildDuplicatePanel();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(u"saveCustomerButton"_s);
    saveButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelCustomerButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    setTabOrder(m_fields.last().edit, m_openDuplicate);
    setTabOrder(m_openDuplicate, m_saveAnyway);
    setTabOrder(m_saveAnyway, saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_duplicatePanel);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_duplicateTimer = new QTimer(this);
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(kDuplicateDelayMs);
    connect(m_duplicateTimer, &QTimer::timeout, this, &CustomerDialog::checkDuplicatesNow);
    for (F f : {F::Name, F::Phone, F::PostalCode})
        connect(fieldFor(f)->edit, &QLineEdit::textChanged, m_duplicateTimer, qOverload<>(&QTimer::start));
    connect(phone, &QLineEdit::editingFinished, this, &CustomerDialog::normalisePhone);

    if (customerId)
        loadCustomer(*customerId);
    else
        fieldFor(F::Country)->edit->setText(countryName(m_service.defaultRegion()));
    m_fields.first().edit->setFocus();
}

QLineEdit* CustomerDialog::addField(QFormLayout* form, custos::CustomerField field, const QString& label,
                                    const QString& name, int maxLength)
{
    auto* cell = new QWidget(this);
    auto* edit = new QLineEdit(cell);
    edit->setObjectName(name + u"Edit"_s);
    // Longer than the service allows, so too-long text gets its message instead of being cut.
    edit->setMaxLength(maxLength + 1);
    QLabel* error = makeInlineError(cell, name + u"Error"_s);
    error->setStyleSheet(u"color: #b3261e; font-size: 90%;"_s);
    auto* box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(edit);
    box->addWidget(error);
    auto* labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(edit);
    // Level with the line edit, not centred on the cell that may hold an error under it.
    labelWidget->setFixedHeight(edit->sizeHint().height());
    form->addRow(labelWidget, cell);

    m_fields.append(Field{field, edit, error, false});
    connect(edit, &QLineEdit::textEdited, this, [this, field] { fieldFor(field)->touched = true; });
    connect(edit, &QLineEdit::editingFinished, this, [this] { showProblems(m_showAll); });
    connect(edit, &QLineEdit::textChanged, this, [this] {
        if (m_showAll)
            showProblems(true);
    });
    return edit;
}

QFrame* CustomerDialog::buildDuplicatePanel()
{
    auto* panel = new QFrame(this);
    panel->setObjectName(u"duplicatePanel"_s);
    panel->setStyleSheet(u"#duplicatePanel { background: #fff4d6; border: 1px solid #e0a526; border-radius: 4px; }"
                         " #duplicatePanel QLabel { color: #3b2f00; }"_s);
    m_duplicateLabel = new QLabel(panel);
    m_duplicateLabel->setObjectName(u"duplicateLabel"_s);
    m_duplicateLabel->setTextFormat(Qt::PlainText);
    m_duplicateLabel->setWordWrap(true);
    m_openDuplicate = new QPushButton(tr("Open it"), panel);
    m_openDuplicate->setObjectName(u"openDuplicateButton"_s);
    m_openDuplicate->setToolTip(tr("Edit the existing customer instead of adding a new one."));
    m_saveAnyway = new QPushButton(tr("Save anyway"), panel);
    m_saveAnyway->setObjectName(u"saveAnywayButton"_s);
    m_saveAnyway->setToolTip(tr("A different person who shares these details: save as a new customer."));
    connect(m_openDuplicate, &QPushButton::clicked, this, &CustomerDialog::openDuplicate);
    connect(m_saveAnyway, &QPushButton::clicked, this, &CustomerDialog::accept);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_openDuplicate);
    buttons->addWidget(m_saveAnyway);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_duplicateLabel);
    layout->addLayout(buttons);
    panel->setVisible(false);
    return panel;
}

std::optional<qint64> CustomerDialog::createInline(custos::CustomerService& service, const QString& prefillName,
                                                   QWidget* parent)
{
    CustomerDialog dialog(service, std::nullopt, parent);
    custos::CustomerDraft draft;
    draft.name = prefillName;
    dialog.setDraft(draft);
    if (dialog.exec() != QDialog::Accepted || dialog.savedCustomerId() <= 0)
        return std::nullopt;
    return dialog.savedCustomerId();
}

void CustomerDialog::setDraft(const custos::CustomerDraft& draft)
{
    using F = custos::CustomerField;
    const QString country =
        draft.country.isEmpty() && !m_customerId ? fieldFor(F::Country)->edit->text() : draft.country;
    fieldFor(F::Name)->edit->setText(draft.name);
    fieldFor(F::Phone)->edit->setText(draft.phone);
    fieldFor(F::Street)->edit->setText(draft.street);
    fieldFor(F::City)->edit->setText(draft.city);
    fieldFor(F::Region)->edit->setText(draft.region);
    fieldFor(F::PostalCode)->edit->setText(draft.postalCode);
    fieldFor(F::Country)->edit->setText(country);
    fieldFor(F::Email)->edit->setText(draft.email);
    for (const Field& f : std::as_const(m_fields)) {
        if (f.field != F::Region && f.field != F::Email && f.edit->text().trimmed().isEmpty()) {
            f.edit->setFocus();
            break;
        }
    }
}

custos::CustomerDraft CustomerDialog::draft() const
{
    auto text = [this](custos::CustomerField field) {
        for (const Field& f : m_fields)
            if (f.field == field)
                return f.edit->text();
        return QString();
    };
    using F = custos::CustomerField;
    custos::CustomerDraft d;
    d.name = text(F::Name);
    d.street = text(F::Street);
    d.city = text(F::City);
    d.region = text(F::Region);
    d.postalCode = text(F::PostalCode);
    d.country = text(F::Country);
    d.phone = text(F::Phone);
    d.email = text(F::Email);
    return d;
}

CustomerDialog::Field* CustomerDialog::fieldFor(custos::CustomerField field)
{
    for (Field& f : m_fields)
        if (f.field == field)
            return &f;
    Q_UNREACHABLE();
    return nullptr;
}

void CustomerDialog::loadCustomer(qint64 customerId)
{
    auto customer = m_service.get(customerId);
    if (!customer) {
        showInlineError(m_error, customer.errorMessage());
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    m_customerId = customerId;
    setWindowTitle(tr("Edit customer — %1").arg(customer->name));
    setDraft(custos::CustomerDraft::fromCustomer(customer.value()));
    for (Field& f : m_fields) {
        f.touched = false;
        showInlineError(f.error, {});
    }
    m_showAll = false;
    showInlineError(m_error, {});
    m_duplicateTimer->stop();
    showDuplicates({});
}

void CustomerDialog::showProblems(bool all)
{
    const custos::CustomerProblems problems = m_service.validate(draft());
    for (const Field& f : std::as_const(m_fields))
        showInlineError(f.error, all || f.touched ? problems.value(f.field) : QString());
    growToFit();
}

void CustomerDialog::growToFit()
{
    // Messages under the fields and the duplicate panel need room: grow, never squeeze them
    // over the fields (a wrapped label's height depends on the width, which the minimum
    // size of a top-level layout does not follow).
    layout()->activate();
    const int needed =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void CustomerDialog::normalisePhone()
{
    QLineEdit* edit = fieldFor(custos::CustomerField::Phone)->edit;
    auto e164 = custos::normalizePhone(edit->text().trimmed(), m_service.defaultRegion());
    if (!e164)
        return; // left as typed; its problem shows under the field
    const QString shown = custos::formatPhoneInternational(e164.value());
    if (shown != edit->text())
        edit->setText(shown);
}

void CustomerDialog::checkDuplicatesNow()
{
    m_duplicateTimer->stop();
    auto found = m_service.findDuplicates(draft(), m_customerId);
    showDuplicates(found.ok() ? found.value() : QList<custos::Customer>{});
}

void CustomerDialog::showDuplicates(const QList<custos::Customer>& duplicates)
{
    m_duplicates = duplicates;
    if (duplicates.isEmpty()) {
        m_duplicatePanel->setVisible(false);
        return;
    }
    const custos::Customer& first = duplicates.first();
    QStringList parts{first.name, custos::formatPhoneInternational(first.phoneE164), first.postalCode};
    parts.removeAll(QString());
    QString text = tr("Possible duplicate: %1").arg(parts.join(u", "_s));
    if (first.archived)
        text += u' ' + tr("(archived)");
    if (duplicates.size() > 1)
        text += u' ' + tr("— and %1 more with the same details.").arg(duplicates.size() - 1);
    m_duplicateLabel->setText(text);
    m_duplicatePanel->setVisible(true);
    growToFit();
    for (const custos::Customer& c : duplicates)
        if (!m_seenDuplicates.contains(c.id))
            m_seenDuplicates.append(c.id);
}

void CustomerDialog::openDuplicate()
{
    if (m_duplicates.isEmpty())
        return;
    loadCustomer(m_duplicates.first().id);
}

void CustomerDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool CustomerDialog::save()
{
    normalisePhone();
    const custos::CustomerDraft d = draft();
    const custos::CustomerProblems problems = m_service.validate(d);
    if (!problems.isEmpty()) {
        m_showAll = true;
        showProblems(true);
        showInlineError(m_error, {});
        for (const Field& f : std::as_const(m_fields)) {
            if (problems.contains(f.field)) {
                f.edit->setFocus();
                f.edit->selectAll();
                break;
            }
        }
        return false;
    }
    // A duplicate the clerk has not seen yet (typed faster than the check) stops this one
    // save, in the panel; pressing Save again saves.
    auto found = m_service.findDuplicates(d, m_customerId);
    if (found.ok()) {
        bool unseen = false;
        for (const custos::Customer& c : found.value())
            unseen = unseen || !m_seenDuplicates.contains(c.id);
        if (unseen) {
            showDuplicates(found.value());
            m_saveAnyway->setFocus();
            return false;
        }
    }

    qint64 id = 0;
    if (m_customerId) {
        auto updated = m_service.update(*m_customerId, d);
        if (!updated) {
            showInlineError(m_error, updated.errorMessage());
            return false;
        }
        id = *m_customerId;
    } else {
        auto created = m_service.create(d);
        if (!created) {
            showInlineError(m_error, created.errorMessage());
            return false;
        }
        id = created.value();
    }
    m_savedId = id;
    emit customerSaved(id);
    return true;
}

} // namespace custos::ui
