#include "orders/OrderSettings.h"

#include "storage/SettingsRepository.h"
#include "vault/Session.h"

namespace custos::ui {

QString OrderSettings::phoneScript(Session& session)
{
    auto stored = storage::SettingsRepository(session.database()).value(QString::fromLatin1(kPhoneScriptSetting));
    if (stored.ok() && !stored->trimmed().isEmpty())
        return stored->trimmed();
    return tr("%1 uses your details only to handle this order. Your card number is stored encrypted, your "
              "security code is never kept, and you can ask us what we hold about you at any time.")
        .arg(session.businessProfile().legalName);
}

int OrderSettings::defaultTaxRateBasisPoints(Session& session)
{
    auto stored = storage::SettingsRepository(session.database()).value(QString::fromLatin1(kDefaultTaxRateSetting));
    bool ok = false;
    const int bp = stored.ok() ? stored->toInt(&ok) : 0;
    return ok && bp >= 0 && bp <= 10000 ? bp : 0;
}

} // namespace custos::ui
