// keyring.json as read when a vault opens: Keyring::load on arbitrary bytes. A file that loads
// must save and load again with the same vault id and slots.

#include "FuzzSupport.h"
#include "vault/Keyring.h"

#include <QFile>
#include <QTemporaryDir>

using namespace custos;

namespace {

QTemporaryDir& scratch()
{
    static QTemporaryDir dir(fuzz::scratchTemplate());
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = scratch().filePath(QStringLiteral("keyring.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fuzz::broken("cannot write the scratch file");
        file.write(fuzz::bytes(data, size));
    }
    auto keyring = Keyring::load(path);
    if (!keyring) {
        CUSTOS_FUZZ_EXPECT(!keyring.error().message.isEmpty());
        return 0;
    }
    const QString copy = scratch().filePath(QStringLiteral("saved.json"));
    auto saved = keyring->save(copy);
    CUSTOS_FUZZ_EXPECT_MSG(saved, saved.error().message);
    auto again = Keyring::load(copy);
    CUSTOS_FUZZ_EXPECT_MSG(again, again.error().message);
    CUSTOS_FUZZ_EXPECT(again->vaultId == keyring->vaultId);
    CUSTOS_FUZZ_EXPECT(again->keySlots.size() == keyring->keySlots.size());
    CUSTOS_FUZZ_EXPECT(again->pendingEvents.size() <= keyring->pendingEvents.size());
    return 0;
}
