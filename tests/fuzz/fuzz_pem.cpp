// A public key a user imports to check signed documents: crypto::ed25519PublicKeyFromPem. A key
// that reads must write back to PEM and read as the same key.

#include "FuzzSupport.h"
#include "crypto/Crypto.h"

using namespace custos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto key = crypto::ed25519PublicKeyFromPem(fuzz::bytes(data, size));
    if (!key) {
        CUSTOS_FUZZ_EXPECT(!key.error().message.isEmpty());
        return 0;
    }
    CUSTOS_FUZZ_EXPECT(key->size() == qsizetype(crypto::kEd25519KeySize));
    auto pem = crypto::ed25519PublicKeyToPem(key.value());
    CUSTOS_FUZZ_EXPECT_MSG(pem, pem.error().message);
    auto again = crypto::ed25519PublicKeyFromPem(pem.value());
    CUSTOS_FUZZ_EXPECT(again && again.value() == key.value());
    CUSTOS_FUZZ_EXPECT(crypto::fingerprint(key.value()).size() == 79);
    return 0;
}
