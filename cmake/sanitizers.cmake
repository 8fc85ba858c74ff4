# IGO_SANITIZE=ON builds everything with ASan and UBSan; any report aborts the
# process, so a test that triggers one fails.
if(IGO_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
