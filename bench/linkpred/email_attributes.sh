#!/bin/sh
# email-Eu-core department labels -> pln attributes: `node<TAB>org=DEPT`.
# Usage: email_attributes.sh [DATA_DIR] > attrs.txt
DATA=${1:-/work/shared/data}
tr -d '\r' < "$DATA/snap-email-Eu-core/email-Eu-core-department-labels.txt" |
  awk 'NF == 2 { printf "%s\torg=%s\n", $1, $2 }'
