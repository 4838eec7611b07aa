from django import forms

from coalition.history import EDITABLE_PLEDGE_FIELDS
from coalition.models import Pledge


class PledgeEditForm(forms.ModelForm):
    """Edit a suggestion before accepting it."""

    class Meta:
        model = Pledge
        fields = EDITABLE_PLEDGE_FIELDS
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 2}),
            "conditions": forms.Textarea(attrs={"rows": 2}),
            "announced_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }


class RejectForm(forms.Form):
    reason = forms.CharField(required=False, max_length=2000)


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(queryset=Pledge.objects.none())
    take_status = forms.BooleanField(required=False)
    reason = forms.CharField(required=False, max_length=2000)

    def __init__(self, *args, targets, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = targets


class BulkForm(forms.Form):
    action = forms.ChoiceField(choices=[("accept", "Accept"), ("reject", "Reject")])
    ids = forms.TypedMultipleChoiceField(coerce=int, required=True)
    reason = forms.CharField(required=False, max_length=2000)

    def __init__(self, data, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        # Any id is acceptable here: the view only acts on those that are still suggestions.
        self.fields["ids"].choices = [(i, i) for i in data.getlist("ids") if i.isdigit()]


class SettleForm(forms.Form):
    nation = forms.CharField(max_length=4)
    category = forms.ChoiceField(choices=Pledge.Category.choices)
    chosen = forms.IntegerField()
    reason = forms.CharField(required=False, max_length=2000)
