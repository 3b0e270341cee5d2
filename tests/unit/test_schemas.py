import re

from conftest import ROOT
from pipeline.schemas import TABLES, datapackage, markdown


def test_readme_data_model_is_generated_from_the_schemas():
    readme = (ROOT / "README.md").read_text()
    section = re.search(r"<!-- data-model:start -->\n(.*)<!-- data-model:end -->", readme, re.S)
    assert section and section.group(1) == markdown(), "run: python -m pipeline.schemas, paste into README"


def test_datapackage_describes_every_field_with_its_constraints():
    package = datapackage({name: f"{name}.parquet" for name in TABLES}, "2026-01-01T00:00:00+00:00")
    fields = {r["name"]: {f["name"]: f for f in r["schema"]["fields"]} for r in package["resources"]}
    assert fields["budget_lines"]["amount_dkk"]["type"] == "integer"
    assert fields["budget_lines"]["measure"]["constraints"]["enum"] == [
        "actual", "adopted_budget", "corrected_budget", "technical_budget", "estimate", "supplement", "forecast"]
    assert fields["documents"]["document_id"]["constraints"]["required"] is True
    assert all(f["description"] for r in fields.values() for f in r.values())


def test_contract_columns_come_first_with_their_types():
    contract = {
        "documents": ["document_id:string", "source_file:string", "kind:string", "format:string",
                      "year:string", "pages:int32", "status:string", "error:string"],
        "budget_lines": ["document_id:string", "table_id:string", "page:int32", "policy_area:string",
                         "activity_area:string", "line_item:string", "is_total:bool", "measure:string",
                         "fiscal_year:int16", "amount_dkk:int64", "printed_value:string"],
    }
    for name, columns in contract.items():
        assert [f"{f.name}:{f.type}" for f in TABLES[name]][:len(columns)] == columns
