#pragma once

#include <QCoreApplication>
#include <QString>

namespace custos {
class Session;
}

namespace custos::ui {

// The two order-desk settings the editor reads. No service offers them yet, so they are read here
// through the settings repository (never SQL); a missing or malformed value falls back to a default.
class OrderSettings
{
    Q_DECLARE_TR_FUNCTIONS(OrderSettings)
public:
    static constexpr const char* kPhoneScriptSetting = "privacy.phone_script";
    static constexpr const char* kDefaultTaxRateSetting = "orders.default_tax_rate_bp"; // basis points

    // What the clerk reads to the caller before taking their details.
    static QString phoneScript(Session& session);
    // 0..10000 basis points; 0 when unset.
    static int defaultTaxRateBasisPoints(Session& session);
};

} // namespace custos::ui
