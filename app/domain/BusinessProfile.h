#pragma once

#include <QCoreApplication>
#include <QString>

namespace custos {

// The business whose vault this is: printed on order forms, reports and the recovery sheet.
struct BusinessProfile
{
    QString legalName;
    QString street;
    QString city;
    QString region;
    QString postalCode;
    QString country;
    QString phone;
    QString fax;
    QString email;
    QString privacyContact; // who customers write to about their data (GDPR Art. 13)

    // Empty when valid, else a translated message naming the first field to fix.
    QString validate() const
    {
        if (legalName.trimmed().isEmpty())
            return QCoreApplication::translate("BusinessProfile", "Enter the business's legal name.");
        if (legalName.size() > 200)
            return QCoreApplication::translate("BusinessProfile", "The legal name is limited to 200 characters.");
        if (phone.trimmed().isEmpty())
            return QCoreApplication::translate("BusinessProfile", "Enter the business's phone number.");
        if (!email.isEmpty() && !email.contains(QLatin1Char('@')))
            return QCoreApplication::translate("BusinessProfile", "The email address needs an @.");
        return {};
    }

    // One line for headers: "Harbor Lane Supplies Ltd., 12 Quay St, Portsmouth PO1 2AB, United Kingdom"
    QString addressLine() const
    {
        QStringList parts;
        for (const QString& p : {street, city, region, postalCode, country})
            if (!p.trimmed().isEmpty())
                parts << p.trimmed();
        return parts.join(QStringLiteral(", "));
    }
};

} // namespace custos
