#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace custos::demo {

// How much sample data a demo vault gets. The same seed gives the same people, addresses,
// orders and statuses on every machine and every day; only the dates follow `now`.
struct DemoDataOptions
{
    int customers = 300;
    int orders = 400;
    int days = 120;          // orders are spread over the last `days` days
    quint32 seed = 20261130; // QRandomGenerator seed
};

struct DemoDataSummary
{
    int customers = 0;
    int orders = 0;
    int ordersWithCard = 0;
    int statusChanges = 0;
};

// Fills the freshly created demo vault in `dir` (it must not be open elsewhere: this takes its
// lock) with customers and orders that look real: names from several cultures and scripts,
// addresses around Portsmouth (UK) and a few abroad, phone numbers from ranges reserved for
// fiction that libphonenumber still accepts, e-mail addresses on example domains, stationery
// orders with the public test card numbers. Everything goes through CustomerService and
// OrderService as the demo clerk and manager, so audit events, sealing and card purging are
// the real ones; their times are business hours over the last `options.days` days before `now`.
Result<DemoDataSummary> addDemoData(const QString& dir, const QDateTime& now, const DemoDataOptions& options = {});

} // namespace custos::demo
