#include "settings/BusinessProfileForm.h"

#include "setup/FormStyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace custos::ui {

BusinessProfileForm::BusinessProfileForm(QWidget* parent) : QWidget(parent)
{
    m_legalNameEdit = addEdit("legalNameEdit", 200);
    m_streetEdit = addEdit("streetEdit", 200);
    m_postalCodeEdit = addEdit("postalCodeEdit", 20);
    m_cityEdit = addEdit("cityEdit", 100);
    m_regionEdit = addEdit("regionEdit", 100);
    m_countryEdit = addEdit("countryEdit", 100);
    m_phoneEdit = addEdit("phoneEdit", 40);
    m_faxEdit = addEdit("faxEdit", 40);
    m_emailEdit = addEdit("emailEdit", 200);
    m_privacyContactEdit = addEdit("privacyContactEdit", 200);

    m_legalNameEdit->setPlaceholderText(tr("As registered, e.g. Harbor Lane Supplies Ltd."));
    m_streetEdit->setPlaceholderText(tr("Street and number"));
    m_phoneEdit->setPlaceholderText(tr("The number customers call"));
    m_faxEdit->setPlaceholderText(tr("Optional"));
    m_emailEdit->setPlaceholderText(tr("Optional"));
    m_emailEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_phoneEdit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_faxEdit->setInputMethodHints(Qt::ImhDialableCharactersOnly);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);

    auto label = [this](const QString& text, QLineEdit* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    int row = 0;
    auto fullRow = [&](const QString& text, QLineEdit* edit) {
        grid->addWidget(label(text, edit), row, 0);
        grid->addWidget(edit, row, 1, 1, 3);
        ++row;
    };
    auto pairRow = [&](const QString& leftText, QLineEdit* left, const QString& rightText, QLineEdit* right) {
        grid->addWidget(label(leftText, left), row, 0);
        grid->addWidget(left, row, 1);
        grid->addWidget(label(rightText, right), row, 2);
        grid->addWidget(right, row, 3);
        ++row;
    };
    fullRow(tr("&Legal name *"), m_legalNameEdit);
    fullRow(tr("&Street"), m_streetEdit);
    pairRow(tr("C&ity"), m_cityEdit, tr("P&ostal code"), m_postalCodeEdit);
    pairRow(tr("&Region / state"), m_regionEdit, tr("Co&untry"), m_countryEdit);
    pairRow(tr("&Phone *"), m_phoneEdit, tr("&Fax"), m_faxEdit);
    fullRow(tr("&Email"), m_emailEdit);
    fullRow(tr("Pri&vacy contact"), m_privacyContactEdit);

    auto* privacyHint = makeHint(tr("Who customers write to about their personal data; printed on order forms. "
                                    "Left empty, the email address is used."),
                                 this, u"privacyHint"_s);
    grid->addWidget(privacyHint, row++, 1, 1, 3);

    auto* requiredNote = makeHint(tr("* required"), this, u"requiredNote"_s);
    grid->addWidget(requiredNote, row++, 1, 1, 3);

    // Left to right, then down: the order the fields appear in.
    const QList<QWidget*> order{m_legalNameEdit, m_streetEdit, m_cityEdit, m_postalCodeEdit, m_regionEdit,
                                m_countryEdit,   m_phoneEdit,  m_faxEdit,  m_emailEdit,      m_privacyContactEdit};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_emailEdit, &QLineEdit::textChanged, this, &BusinessProfileForm::updatePrivacyPlaceholder);
    updatePrivacyPlaceholder();
}

QLineEdit* BusinessProfileForm::addEdit(const char* objectName, int maxLength)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setMaxLength(maxLength);
    connect(edit, &QLineEdit::textEdited, this, &BusinessProfileForm::edited);
    return edit;
}

void BusinessProfileForm::updatePrivacyPlaceholder()
{
    const QString email = m_emailEdit->text().trimmed();
    m_privacyContactEdit->setPlaceholderText(email.isEmpty() ? tr("Name, email or postal address")
                                                             : tr("%1 (the email address)").arg(email));
}

BusinessProfile BusinessProfileForm::profile() const
{
    BusinessProfile p;
    p.legalName = m_legalNameEdit->text().trimmed();
    p.street = m_streetEdit->text().trimmed();
    p.city = m_cityEdit->text().trimmed();
    p.region = m_regionEdit->text().trimmed();
    p.postalCode = m_postalCodeEdit->text().trimmed();
    p.country = m_countryEdit->text().trimmed();
    p.phone = m_phoneEdit->text().trimmed();
    p.fax = m_faxEdit->text().trimmed();
    p.email = m_emailEdit->text().trimmed();
    p.privacyContact = m_privacyContactEdit->text().trimmed();
    if (p.privacyContact.isEmpty())
        p.privacyContact = p.email;
    return p;
}

void BusinessProfileForm::setProfile(const BusinessProfile& p)
{
    m_legalNameEdit->setText(p.legalName);
    m_streetEdit->setText(p.street);
    m_cityEdit->setText(p.city);
    m_regionEdit->setText(p.region);
    m_postalCodeEdit->setText(p.postalCode);
    m_countryEdit->setText(p.country);
    m_phoneEdit->setText(p.phone);
    m_faxEdit->setText(p.fax);
    m_emailEdit->setText(p.email);
    // Shown empty when it merely repeats the email, so a later email change carries over.
    m_privacyContactEdit->setText(p.privacyContact == p.email ? QString() : p.privacyContact);
}

void BusinessProfileForm::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        edit->setReadOnly(readOnly);
}

QString BusinessProfileForm::validate()
{
    const BusinessProfile p = profile();
    const QString problem = p.validate();
    if (problem.isEmpty())
        return {};
    // The same order of checks as BusinessProfile::validate.
    QLineEdit* field = m_emailEdit;
    if (p.legalName.isEmpty() || p.legalName.size() > 200)
        field = m_legalNameEdit;
    else if (p.phone.isEmpty())
        field = m_phoneEdit;
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
    return problem;
}

} // namespace custos::ui
