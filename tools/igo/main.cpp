// igo: parse arguments, run one command, exit (src/cli does the work).
#include <iostream>

#include "builtin/image.hpp"
#include "cli/cli.hpp"

int main(int argc, char** argv) {
  igo::util::SystemClock clock;
  igo::cli::Env env{igo::builtin::image(), &clock};
  return igo::cli::run(argc, argv, std::cout, std::cerr, env);
}
