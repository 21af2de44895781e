from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Associate")


@_attrs_define
class Associate:
    """A SuperOffice user (associate) as referenced from a ticket."""

    associate_id: int | None | Unset = UNSET
    """ Primary key of the associate. On a ticket's `OwnedBy`, 0 leaves the ticket unassigned and 2147483647 assigns
    it by the category's assignment rules. """
    name: None | str | Unset = UNSET
    """ Login name of the associate. """
    person_id: int | None | Unset = UNSET
    """ The person record behind the associate. """
    rank: int | None | Unset = UNSET
    """ Sort position in associate lists. """
    tooltip: None | str | Unset = UNSET
    """ Hint text shown for the associate. """
    type_: None | str | Unset = UNSET
    """ Kind of associate, e.g. `AnonymousAssociate`; the full list of REST values is not documented (database kinds
    are employee, resource, external person, system and anonymous). """
    group_idx: int | None | Unset = UNSET
    """ The associate's primary user group. """
    full_name: None | str | Unset = UNSET
    """ First and last name of the associate's person. """
    formal_name: None | str | Unset = UNSET
    """ Name formatted for formal use. """
    deleted: bool | None | Unset = UNSET
    """ Whether the associate is retired. """
    ej_user_id: int | None | Unset = UNSET
    """ Identifier of the associate as a Service (ejournal) user. """
    user_name: None | str | Unset = UNSET
    """ User name of the associate in Service. """
    table_right: None | TableRight | Unset = UNSET
    """ What the current user may do with the entity; `null` when not selected. """
    field_properties: FieldProperties | None | Unset = UNSET
    """ Rights and shape of each field; `null` when not selected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associate_id: int | None | Unset
        if isinstance(self.associate_id, Unset):
            associate_id = UNSET
        else:
            associate_id = self.associate_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        tooltip: None | str | Unset
        if isinstance(self.tooltip, Unset):
            tooltip = UNSET
        else:
            tooltip = self.tooltip

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        group_idx: int | None | Unset
        if isinstance(self.group_idx, Unset):
            group_idx = UNSET
        else:
            group_idx = self.group_idx

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        formal_name: None | str | Unset
        if isinstance(self.formal_name, Unset):
            formal_name = UNSET
        else:
            formal_name = self.formal_name

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        ej_user_id: int | None | Unset
        if isinstance(self.ej_user_id, Unset):
            ej_user_id = UNSET
        else:
            ej_user_id = self.ej_user_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        table_right: dict[str, Any] | None | Unset
        if isinstance(self.table_right, Unset):
            table_right = UNSET
        elif isinstance(self.table_right, TableRight):
            table_right = self.table_right.to_dict()
        else:
            table_right = self.table_right

        field_properties: dict[str, Any] | None | Unset
        if isinstance(self.field_properties, Unset):
            field_properties = UNSET
        elif isinstance(self.field_properties, FieldProperties):
            field_properties = self.field_properties.to_dict()
        else:
            field_properties = self.field_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if associate_id is not UNSET:
            field_dict["AssociateId"] = associate_id
        if name is not UNSET:
            field_dict["Name"] = name
        if person_id is not UNSET:
            field_dict["PersonId"] = person_id
        if rank is not UNSET:
            field_dict["Rank"] = rank
        if tooltip is not UNSET:
            field_dict["Tooltip"] = tooltip
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if group_idx is not UNSET:
            field_dict["GroupIdx"] = group_idx
        if full_name is not UNSET:
            field_dict["FullName"] = full_name
        if formal_name is not UNSET:
            field_dict["FormalName"] = formal_name
        if deleted is not UNSET:
            field_dict["Deleted"] = deleted
        if ej_user_id is not UNSET:
            field_dict["EjUserId"] = ej_user_id
        if user_name is not UNSET:
            field_dict["UserName"] = user_name
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        associate_id: int | None | Unset = d.pop("AssociateId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        person_id: int | None | Unset = d.pop("PersonId", UNSET)

        rank: int | None | Unset = d.pop("Rank", UNSET)

        tooltip: None | str | Unset = d.pop("Tooltip", UNSET)

        type_: None | str | Unset = d.pop("Type", UNSET)

        group_idx: int | None | Unset = d.pop("GroupIdx", UNSET)

        full_name: None | str | Unset = d.pop("FullName", UNSET)

        formal_name: None | str | Unset = d.pop("FormalName", UNSET)

        deleted: bool | None | Unset = d.pop("Deleted", UNSET)

        ej_user_id: int | None | Unset = d.pop("EjUserId", UNSET)

        user_name: None | str | Unset = d.pop("UserName", UNSET)

        _table_right = d.pop("TableRight", UNSET)
        table_right: None | TableRight | Unset
        if isinstance(_table_right, dict):
            try:
                componentsschemas_nullable_table_right_type_0 = TableRight.from_dict(_table_right)

                table_right = componentsschemas_nullable_table_right_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                table_right = cast(None | TableRight | Unset, _table_right)
        elif _table_right is None:
            table_right = None
        elif isinstance(_table_right, Unset):
            table_right = _table_right
        else:
            table_right = cast(None | TableRight | Unset, _table_right)

        _field_properties = d.pop("FieldProperties", UNSET)
        field_properties: FieldProperties | None | Unset
        if isinstance(_field_properties, dict):
            try:
                componentsschemas_nullable_field_properties_type_0 = FieldProperties.from_dict(_field_properties)

                field_properties = componentsschemas_nullable_field_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                field_properties = cast(FieldProperties | None | Unset, _field_properties)
        elif _field_properties is None:
            field_properties = None
        elif isinstance(_field_properties, Unset):
            field_properties = _field_properties
        else:
            field_properties = cast(FieldProperties | None | Unset, _field_properties)

        if cls is Associate:
            # Positional, in the order the class declares its fields: matching keyword
            # arguments costs more than the rest of building a model.
            associate = cls(
                associate_id,
                name,
                person_id,
                rank,
                tooltip,
                type_,
                group_idx,
                full_name,
                formal_name,
                deleted,
                ej_user_id,
                user_name,
                table_right,
                field_properties,
            )
        else:  # a subclass may have an __init__ of its own
            associate = cls(
                associate_id=associate_id,
                name=name,
                person_id=person_id,
                rank=rank,
                tooltip=tooltip,
                type_=type_,
                group_idx=group_idx,
                full_name=full_name,
                formal_name=formal_name,
                deleted=deleted,
                ej_user_id=ej_user_id,
                user_name=user_name,
                table_right=table_right,
                field_properties=field_properties,
            )

        associate.additional_properties = d
        return associate

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last: these models refer back to this one, which now exists.
from ..models.field_properties import FieldProperties  # noqa: E402
from ..models.table_right import TableRight  # noqa: E402
