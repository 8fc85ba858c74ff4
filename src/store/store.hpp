// store: where igo's records live on disk, and how files are read.
//
// - sqlite.hpp      RAII SQLite: Database, Statement, Transaction
// - ledger_file.hpp the append-only ledger file (docs/ledger_format.md)
// - jsonl.hpp       JSON Lines files with file:line:column errors
//
// Depends on model (records) and util; SQLite is its only storage engine.
#pragma once

#include "store/jsonl.hpp"
#include "store/ledger_file.hpp"
#include "store/sqlite.hpp"
