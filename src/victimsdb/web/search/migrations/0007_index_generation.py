# The index's generation: a token every write to the index changes, so that rankings
# kept by a server process (search.rankings) are of the index as it is.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0006_word_profile_covering_rows'),
    ]

    operations = [
        migrations.AddField(
            model_name='indexstate',
            name='generation',
            field=models.CharField(default='', max_length=32),
        ),
    ]
