from django import forms

from coalition.models import Pledge


class AsOfForm(forms.Form):
    as_of = forms.DateField(
        label="As of",
        required=False,
        help_text="The map as it stood that day.",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def filters(self):
        """The valid filters, by name; an invalid field is left out (its error shows in the form)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class MapFilterForm(AsOfForm):
    """The map's filters, read from the query string (GET), so that each view has its own URL."""

    category = forms.ChoiceField(
        label="Pledges", required=False, choices=[("", "all categories"), *Pledge.Category.choices]
    )
    field_order = ["category", "as_of"]
