#include "domain/Employee.h"

#include <QRegularExpression>

namespace custos {

QString roleToStorage(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Owner:
        return QStringLiteral("owner");
    }
    return QStringLiteral("clerk");
}

std::optional<Role> roleFromStorage(const QString& text)
{
    if (text == QLatin1String("clerk"))
        return Role::Clerk;
    if (text == QLatin1String("manager"))
        return Role::Manager;
    if (text == QLatin1String("owner"))
        return Role::Owner;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("Role", "Clerk");
    case Role::Manager:
        return QCoreApplication::translate("Role", "Manager");
    case Role::Owner:
        return QCoreApplication::translate("Role", "Owner");
    }
    return {};
}

QString validateUsername(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]{2,31}$"));
    if (username.isEmpty())
        return QCoreApplication::translate("Employee", "Enter a user name.");
    if (!pattern.match(username).hasMatch())
        return QCoreApplication::translate("Employee",
                                           "A user name has 3 to 32 letters, digits, dots, dashes or underscores, "
                                           "and starts with a letter.");
    return {};
}

} // namespace custos
