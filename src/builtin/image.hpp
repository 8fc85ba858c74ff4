// The built-in registry's ledger bytes, embedded in the binary by the build
// (target igo_builtin_image). Link that target to use this function.
#pragma once

#include <cstddef>
#include <span>

namespace igo::builtin {

std::span<const std::byte> image();

}  // namespace igo::builtin
