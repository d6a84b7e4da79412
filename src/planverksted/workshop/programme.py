"""The programme file: ``programme:`` (its title) and the workshops of a council term.

A programme lists workshop files, each perhaps serving the programme's goals and
following an earlier workshop. It is validated as a workshop file is (the same error
words); ``programme/`` reads the workshops it lists and checks them together.
"""

# No "from __future__ import annotations": pydantic would have to eval every annotation.

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, model_validator

from planverksted.workshop.model import (
    Checks,
    Goal,
    Language,
    Person,
    Serves,
    Text,
    _Model,
    none_as_empty,
    one_or_list,
    read_version,
    reject_empty_list,
    shared_or_empty,
)


def is_programme(data: Any) -> bool:
    """Whether loaded data is a programme file (``programme:`` where a workshop has a title)."""
    return isinstance(data, dict) and "programme" in data


class ProgrammeWorkshop(_Model):
    """One workshop of the programme: its file, the goals it serves, the one it follows."""

    file: Text = Field(description="The workshop file, relative to the programme file.")
    serves: Serves = Field(
        (), description="The programme's goals it works on: goal ids, or numbers (1, 2, …)."
    )
    follows: Text | None = Field(
        None, description="The `file` of an earlier workshop of the programme it follows up."
    )

    @model_validator(mode="before")
    @classmethod
    def from_file_only(cls, value: Any) -> Any:
        """A workshop given by its file only: ``- 2024-04-18-verksted.yaml``."""
        return {"file": value} if isinstance(value, str) else value


class Programme(_Model):
    """A programme file: workshops over the council term, and the goals they serve."""

    planverksted: Annotated[Literal[1], BeforeValidator(read_version)] = Field(
        description="The format version; anything else is an error that names the versions read."
    )
    programme: Text = Field(description="The programme's title.")
    subtitle: Text | None = Field(None, description="A line under the title.")
    description: Text | None = Field(None, description="A paragraph on the programme.")
    language: Language = Field("nb", description="The language of what is rendered and checked.")
    organiser: Text | None = Field(None, description="Who organises it.")
    audience: Text | None = Field(None, description="Who takes part, e.g. 'Kommunestyret'.")
    people: Annotated[dict[str, Person], BeforeValidator(shared_or_empty)] = Field(
        default_factory=dict,
        description="Who's who, by key, or the path of a shared YAML file that holds them.",
    )
    goals: Annotated[tuple[Goal, ...], BeforeValidator(one_or_list)] = Field(
        (), description="The programme's goals: text, or `{id, text}` for workshops to name."
    )
    workshops: Annotated[tuple[ProgrammeWorkshop, ...], BeforeValidator(reject_empty_list)] = Field(
        description="The workshops, in date order: `{file, serves, follows}`."
    )
    checks: Annotated[Checks, BeforeValidator(none_as_empty)] = Field(
        default_factory=Checks, description="Tuning of `check`."
    )

    def goal_index(self, reference: str) -> int | None:
        """The 0-based index of the goal ``reference`` names: its id, else its number."""
        wanted = reference.strip()
        for index, goal in enumerate(self.goals):
            if goal.id is not None and goal.id.strip() == wanted:
                return index
        if wanted.isascii() and wanted.isdigit() and 1 <= int(wanted) <= len(self.goals):
            return int(wanted) - 1
        return None
