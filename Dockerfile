# One image for the web process and the Celery worker.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
# collectstatic needs settings that load: a throwaway key, used for this step only.
RUN DEBUG=false SECRET_KEY=collectstatic-only python manage.py collectstatic --no-input -v 0

RUN useradd --system --home /app coalition
USER coalition
EXPOSE 8000
CMD ["gunicorn", "coalition.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
