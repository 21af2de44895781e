"""Render one generator template for one spec, with the stock templates or with ours."""

from __future__ import annotations

from pathlib import Path

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.openapi import GeneratorData

ROOT = Path(__file__).resolve().parents[2]
OURS = ROOT / "specs" / "templates"


def project_for(spec: Path, templates: Path | None) -> Project:
    """The generator's project for ``spec``; ``templates=None`` means the stock ones."""
    config = Config.from_sources(
        config_file=ConfigFile.load_from_path(ROOT / "specs" / "generator.yaml"),
        meta_type=MetaType.NONE,
        document_source=spec,
        file_encoding="utf-8",
        overwrite=True,
        output_path=None,
    )
    openapi = GeneratorData.from_dict(
        yaml.safe_load(spec.read_text(encoding="utf-8")), config=config
    )
    assert isinstance(openapi, GeneratorData)
    return Project(openapi=openapi, config=config, custom_template_path=templates)


def render_model(spec: Path, class_name: str, templates: Path | None) -> str:
    """The module of model ``class_name`` as the generator renders it (not yet formatted)."""
    project = project_for(spec, templates)
    (model,) = [m for m in project.openapi.models if m.class_info.name == class_name]
    return project.env.get_template("model.py.jinja").render(model=model)
