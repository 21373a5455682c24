// A customer import file as a clerk would pick it: CustomerImport::fromCsv against a real vault
// (duplicate checks read it). Only the preview runs; nothing is committed, so every input sees
// the same vault.

#include "FuzzSupport.h"
#include "orders/CustomerImport.h"
#include "orders/CustomerService.h"
#include "vault/RecoveryCode.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <memory>

using namespace custos;

namespace {

struct Fixture
{
    QTemporaryDir dir{fuzz::scratchTemplate()};
    std::unique_ptr<Vault> vault;
    std::unique_ptr<Session> session;
};

Fixture* fixture = nullptr;

[[noreturn]] void setupFailed(const Error& e)
{
    fuzz::broken("fixture", e.message);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fixture = new Fixture;
    BusinessProfile business;
    business.legalName = QStringLiteral("Fuzz Test Ltd.");
    business.street = QStringLiteral("1 Test Street");
    business.city = QStringLiteral("Falmouth");
    business.postalCode = QStringLiteral("TR11 3HF");
    business.country = QStringLiteral("United Kingdom");
    business.phone = QStringLiteral("+44 1326 000000");
    Vault::NewAccount owner;
    owner.username = QStringLiteral("owner");
    owner.fullName = QStringLiteral("Fuzz Owner");
    owner.password = crypto::SecureBytes::fromUtf8(QStringLiteral("tidal-Marble-orchard-58"));
    owner.role = Role::Owner;
    owner.mustChangePassword = false;
    Vault::CreateOptions options;
    options.kdf.n = 1u << 10;
    auto code = recovery::generateCode();
    if (!code)
        setupFailed(code.error());
    auto vault = Vault::create(fixture->dir.filePath(QStringLiteral("vault")), business, owner, code.value(), options);
    if (!vault)
        setupFailed(vault.error());
    fixture->vault = std::move(vault.value());
    auto session = fixture->vault->signIn(owner.username, owner.password);
    if (!session)
        setupFailed(session.error());
    fixture->session = std::move(session.value());
    // One customer, so rows can be duplicates of a vault customer too.
    CustomerDraft existing;
    existing.name = QStringLiteral("Zoë Smith");
    existing.street = QStringLiteral("12 Harbour Road");
    existing.city = QStringLiteral("Portsmouth");
    existing.postalCode = QStringLiteral("PO1 2AB");
    existing.country = QStringLiteral("United Kingdom");
    existing.phone = QStringLiteral("+44 20 7946 0018");
    if (auto created = CustomerService(*fixture->session).create(existing); !created)
        setupFailed(created.error());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    CustomerService service(*fixture->session);
    auto import = CustomerImport::fromCsv(fuzz::bytes(data, size), service);
    if (!import) {
        CUSTOS_FUZZ_EXPECT(!import.error().message.isEmpty());
        return 0;
    }
    CUSTOS_FUZZ_EXPECT(import->validCount() + import->problemCount() == import->rows().size());
    for (const ImportRow& row : import->rows()) {
        CUSTOS_FUZZ_EXPECT(row.line >= 2);
        // A row that is not imported always says why.
        CUSTOS_FUZZ_EXPECT(row.willImport() || !row.messages().isEmpty());
    }
    return 0;
}
