// Embeds the registry ledger file built from data/ (IGO_REGISTRY_DB, a path
// set by the build) into read-only data with the assembler's .incbin.
#include "builtin/image.hpp"

#ifndef IGO_REGISTRY_DB
#error "IGO_REGISTRY_DB must name the registry ledger file to embed"
#endif

asm(".section .rodata\n"
    ".balign 64\n"
    ".global igo_builtin_image_begin\n"
    "igo_builtin_image_begin:\n"
    ".incbin \"" IGO_REGISTRY_DB
    "\"\n"
    ".global igo_builtin_image_end\n"
    "igo_builtin_image_end:\n"
    ".byte 0\n"
    ".previous\n");

// Names set by the assembler above, hence not in igo's naming scheme.
extern "C" const std::byte igo_builtin_image_begin[];  // NOLINT(readability-identifier-naming)
extern "C" const std::byte igo_builtin_image_end[];    // NOLINT(readability-identifier-naming)

namespace igo::builtin {

std::span<const std::byte> image() {
  return {igo_builtin_image_begin, static_cast<std::size_t>(igo_builtin_image_end - igo_builtin_image_begin)};
}

}  // namespace igo::builtin
